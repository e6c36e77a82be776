using System.Security.Cryptography;
using System.Text;

namespace DsarPlatform.Workflows.Verification;

/// <summary>256-bit tokens from the CSPRNG, URL-safe; stored and looked up only by their hash.</summary>
public static class SecretToken
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
