using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Drp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Web.Drp;

/// <summary>
/// Checks a signed body in the order of DRP 1.0 section 3.07: it decodes from base64; the 64-byte signature in front
/// verifies with the agent's key from the directory (an unknown or disabled agent is refused); <c>agent-id</c> is the
/// agent the token (or the set-up address) belongs to; <c>business-id</c> is ours; <c>issued-at</c> ≤ now &lt;
/// <c>expires-at</c>. Last, a body already accepted (the same signature) is a replay; an accepted one is remembered
/// until it expires.
/// </summary>
public sealed class DrpGate(DsarDbContext db, TimeProvider clock, IOptions<DrpSettings> settings)
{
    public async Task<DrpCheck> CheckAsync(string body, DrpAgent? agent, string agentId, CancellationToken cancellationToken)
    {
        var bytes = new byte[body.Length];
        if (!Convert.TryFromBase64String(body.Trim(), bytes, out var length) || length <= DrpKeys.SignatureLength)
            return Fail(400, "The body must be base64 of the 64-byte Ed25519 signature followed by the signed JSON.");
        var signature = bytes.AsSpan(0, DrpKeys.SignatureLength).ToArray();
        var message = bytes.AsSpan(DrpKeys.SignatureLength, length - DrpKeys.SignatureLength).ToArray();
        if (agent is not { Enabled: true }) return Fail(403, "This agent is not in our agent directory, or is disabled.");
        if (!DrpKeys.Verifies(agent.VerifyKey, signature, message))
            return Fail(403, "The signature does not verify with the agent's key in our directory.");

        JsonElement claims;
        try
        {
            using var document = JsonDocument.Parse(message);
            claims = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Fail(400, "The signed message is not JSON.");
        }
        if (claims.ValueKind != JsonValueKind.Object) return Fail(400, "The signed message must be a JSON object.");
        if (Text(claims, "agent-id") != agentId) return Fail(403, "agent-id is not the agent this token or address belongs to.");
        if (string.IsNullOrEmpty(settings.Value.BusinessId) || Text(claims, "business-id") != settings.Value.BusinessId)
            return Fail(403, "business-id does not name this business.");

        var now = clock.GetUtcNow();
        if (Instant(claims, "issued-at") is not { } issuedAt) return Fail(400, "issued-at must be an ISO 8601 timestamp.");
        if (Instant(claims, "expires-at") is not { } expiresAt) return Fail(400, "expires-at must be an ISO 8601 timestamp.");
        if (now < issuedAt) return Fail(400, "issued-at is in the future: check the clock that signs the requests.");
        if (now >= expiresAt) return Fail(400, "The signed body has expired (expires-at has passed); sign a new one.", fatal: true);

        return await RememberAsync(signature, agent.AgentId, expiresAt, cancellationToken)
            ? new DrpCheck(null, claims)
            : Fail(409, "This signed body was received before; a replay is refused. Sign a new one.");
    }

    /// <summary>False when the signature was used before (its row exists, or another host just added it).</summary>
    async Task<bool> RememberAsync(byte[] signature, string agentId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(signature));
        if (await db.DrpUsedSignatures.AnyAsync(s => s.SignatureHash == hash, cancellationToken)) return false;
        var used = db.DrpUsedSignatures.Add(new DrpUsedSignature { SignatureHash = hash, AgentId = agentId, ExpiresAtUtc = expiresAt.UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            used.State = EntityState.Detached;
            return false;
        }
    }

    public static string? Text(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    static DateTimeOffset? Instant(JsonElement claims, string name) =>
        DateTimeOffset.TryParse(Text(claims, name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;

    static DrpCheck Fail(int status, string message, bool? fatal = null) => DrpCheck.Failed(DrpError.Of(status, message, fatal));
}
