using System.Buffers.Binary;
using System.Security.Cryptography;

namespace DsarPlatform.Tests.Support;

/// <summary>
/// What an authenticator app does (RFC 6238 over RFC 4226): HMAC-SHA1 of the 30-second step count under the base32
/// key, dynamically truncated to six digits. The tests' own code, so they prove the product against the standard.
/// </summary>
public static class Totp
{
    const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Code(string base32Key, DateTimeOffset at)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The code an app shows now (Identity checks codes against the real time, not the application's clock).</summary>
    public static string Now(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow);

    public static byte[] FromBase32(string text)
    {
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            var value = Base32Alphabet.IndexOf(c);
            if (value < 0) throw new FormatException($"'{c}' is not base32");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits < 8) continue;
            bits -= 8;
            bytes.Add((byte)(buffer >> bits));
            buffer &= (1 << bits) - 1;
        }
        return bytes.ToArray();
    }
}
