using System.Security.Cryptography;
using System.Text;
using DsarPlatform.Workflows.Drp;

namespace DsarPlatform.Web.Drp;

/// <summary>Bearer tokens of the pair-wise set-up: 32 bytes from the CSPRNG, handed out once, kept only as a SHA-256 hash.</summary>
public static class DrpTokens
{
    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The token of an <c>Authorization: Bearer …</c> header, or null.</summary>
    public static string? FromHeader(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && header.Length > prefix.Length && header.Length < 200
            ? header[prefix.Length..].Trim()
            : null;
    }

    /// <summary>The enabled agent whose current set-up token <paramref name="token"/> is: the one rule the API and the rate limits share.</summary>
    public static IQueryable<DrpAgent> Holding(IQueryable<DrpAgent> agents, string token)
    {
        var hash = Hash(token);
        return agents.Where(a => a.TokenHash == hash && a.Enabled);
    }

    static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
