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
    /// A claim made for <paramref name="requestId"/> before counts again as granted, so asking twice for one
    /// request spends one email. The target is kept as its blind index (keyed HMAC, case and surrounding spaces
    /// ignored), never in clear nor as a plain hash anyone could test guesses against.
    /// </summary>
    public async Task<bool> MaySendAsync(string targetKey, CancellationToken cancellationToken, Guid? requestId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetKey);
        var hash = db.BlindIndex(targetKey);
        var now = clock.GetUtcNow().UtcDateTime;
        var windowStart = now - options.Value.Window;
        if (requestId is { } id && await db.IntakeAttempts.AnyAsync(a => a.RequestId == id && a.TargetHash == hash, cancellationToken)) return true;

        // Old rows are useless once outside the window; dropping them here keeps the table small.
        await db.IntakeAttempts.Where(a => a.TargetHash == hash && a.GrantedAtUtc <= windowStart).ExecuteDeleteAsync(cancellationToken);

        // Claim first, then count every claim in the window, ours included: of two intakes racing for the last email,
        // the one that counts later sees the other and gives its claim back (both do when both count after both claimed:
        // the safe side). Counting only the claims numbered before ours let both through on PostgreSQL, which numbers a
        // row when it is inserted, not when it commits; count-then-insert would too.
        var attempt = new IntakeAttempt { TargetHash = hash, GrantedAtUtc = now, RequestId = requestId };
        db.IntakeAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        var rank = await db.IntakeAttempts.CountAsync(a => a.TargetHash == hash && a.GrantedAtUtc > windowStart, cancellationToken);
        if (rank <= options.Value.EmailsPerTarget) return true;

        db.IntakeAttempts.Remove(attempt);
        await db.SaveChangesAsync(cancellationToken);
        return false;
    }
}
