using System.Security.Cryptography;
using System.Text;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// Caps the verification emails intake sends to one person (S3), so the form cannot be used to flood
/// someone's inbox. The count lives in the database, not in memory, so it holds across restarts and
/// across several web hosts sharing one database.
/// </summary>
public sealed class IntakeThrottle(DsarDbContext db, TimeProvider clock, IOptions<IntakeThrottleOptions> options)
{
    /// <summary>
    /// True (and the send is counted) while <paramref name="targetKey"/> (the account ID or the email on
    /// record) has had fewer than the allowed emails in the window; false otherwise, and nothing is counted.
    /// </summary>
    public async Task<bool> MaySendAsync(string targetKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetKey);
        var hash = HashOf(targetKey);
        var now = clock.GetUtcNow().UtcDateTime;
        var windowStart = now - options.Value.Window;

        // Old rows are useless once outside the window; dropping them here keeps the table small.
        await db.IntakeAttempts.Where(a => a.TargetHash == hash && a.GrantedAtUtc <= windowStart).ExecuteDeleteAsync(cancellationToken);
        var recent = await db.IntakeAttempts.CountAsync(a => a.TargetHash == hash && a.GrantedAtUtc > windowStart, cancellationToken);
        if (recent >= options.Value.EmailsPerTarget) return false;

        db.IntakeAttempts.Add(new IntakeAttempt { TargetHash = hash, GrantedAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Case and surrounding spaces do not make a new target.</summary>
    internal static string HashOf(string targetKey) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(targetKey.Trim().ToLowerInvariant())));
}
