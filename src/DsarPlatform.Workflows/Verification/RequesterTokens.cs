using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Verification;

/// <summary>Issuing and finding requester tokens; the raw token exists only in the email that carries it.</summary>
public static class RequesterTokens
{
    public static string Issue(DsarDbContext db, Guid requestId, TokenPurpose purpose, DateTime nowUtc, TimeSpan lifetime)
    {
        var token = SecretToken.New();
        db.RequesterTokens.Add(new RequesterToken
        {
            RequestId = requestId, Purpose = purpose, TokenHash = SecretToken.Hash(token),
            CreatedAtUtc = nowUtc, ExpiresAtUtc = nowUtc + lifetime,
        });
        return token;
    }

    /// <summary>The tracked token if it exists, serves this purpose, is unused and unexpired; otherwise null (all alike).</summary>
    public static async Task<RequesterToken?> FindUsableAsync(DsarDbContext db, string? token, TokenPurpose purpose, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var stored = await FindAsync(db, token, cancellationToken);
        return stored is not null && stored.Purpose == purpose && stored.IsUsable(nowUtc) ? stored : null;
    }

    /// <summary>The tracked token whatever its state (used, expired), or null: a spent link still names its request.</summary>
    public static async Task<RequesterToken?> FindAsync(DsarDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var hash = SecretToken.Hash(token);
        return await db.RequesterTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
    }
}
