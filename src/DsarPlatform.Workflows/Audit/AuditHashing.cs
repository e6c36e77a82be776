using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DsarPlatform.Workflows.Audit;

/// <summary>
/// The chain's hashes. ContentHash = SHA-256 of the entry's canonical content (a JSON array of its fields);
/// Hash_n = SHA-256(Hash_{n-1} || Seq_n as 8 bytes big-endian || ContentHash_n), so a proof can skip other entries' content.
/// </summary>
public static class AuditHashing
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>Microseconds: the finest time every supported database keeps.</summary>
    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static string Content(AuditEntry e) =>
        Content(e.Kind, e.RequestId, e.AtUtc, e.Actor, e.Role, e.Step, e.Event, e.Detail);

    public static string Content(string kind, Guid? requestId, DateTime atUtc, string actor, string role, string? step, string @event, string? detail) =>
        Content(kind, requestId?.ToString("D"), Time(atUtc), actor, role, step, @event, detail);

    /// <summary>The same over the fields as text (as an evidence file carries them).</summary>
    public static string Content(string kind, string? requestId, string atUtc, string actor, string role, string? step, string @event, string? detail)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue("dsar-audit/1");
            json.WriteStringValue(kind);
            json.WriteStringValue(requestId);
            json.WriteStringValue(atUtc);
            json.WriteStringValue(actor);
            json.WriteStringValue(role);
            json.WriteStringValue(step);
            json.WriteStringValue(@event);
            json.WriteStringValue(detail);
            json.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    public static string Link(string previousHash, long seq, string contentHash)
    {
        Span<byte> input = stackalloc byte[32 + 8 + 32];
        Convert.FromHexString(previousHash).CopyTo(input);
        BinaryPrimitives.WriteInt64BigEndian(input[32..], seq);
        Convert.FromHexString(contentHash).CopyTo(input[40..]);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }

    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
