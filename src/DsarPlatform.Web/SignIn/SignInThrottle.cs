using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.SignIn;

/// <summary>
/// Counts failed staff sign-ins per account (the email as typed, known or not, so the answer never tells which exist)
/// and per source address, and decides whether a try may be checked now: the first free failures within the window at
/// once, then only after a wait doubling up to <see cref="SignInThrottleSettings.MaxDelay"/>. An address that signed
/// in to the account before is not held by the account's count, so an attacker elsewhere cannot keep the holder out.
/// The counts are rows in the workflow database (<see cref="SignInAttempt"/>), so a restart forgets nothing and
/// several web hosts share them; and a try claims its rows before its password is checked, so tries sent at once
/// cannot all slip through one free turn. One instance serves one sign-in (scoped).
/// </summary>
public sealed class SignInThrottle(DsarDbContext db, SignInThrottleSettings settings, TimeProvider clock)
{
    SignInAttempt[] _claim = [];

    /// <summary>The account's failures within the window, this try included, should it fail (after a claim).</summary>
    public int AccountFailures { get; private set; }

    /// <summary>
    /// Zero when the try may be checked now, and then it counts as a failure until <see cref="SucceededAsync"/> or
    /// <see cref="ReleaseAsync"/>; otherwise how long until a try may be checked, and nothing is counted.
    /// </summary>
    public async Task<TimeSpan> ClaimAsync(string email, string source, CancellationToken cancellationToken = default)
    {
        var (account, from) = (AccountKey(email), SourceKey(source));
        var now = clock.GetUtcNow().UtcDateTime;
        await ForgetExpiredAsync(now, cancellationToken);
        var usualKey = UsualKey(email, source);
        var usual = await db.SignInUsualSources.AnyAsync(u => u.KeyHash == usualKey, cancellationToken);

        // Claim first, then count the others: of two tries racing for the last free turn each sees the other and at most
        // one is checked, where count-then-record would check both.
        _claim = [new SignInAttempt { KeyHash = account, AtUtc = now }, new SignInAttempt { KeyHash = from, AtUtc = now }];
        db.SignInAttempts.AddRange(_claim);
        await db.SaveChangesAsync(cancellationToken);
        var (mineA, mineB) = (_claim[0].Id, _claim[1].Id);
        var others = await db.SignInAttempts.AsNoTracking()
            .Where(a => (a.KeyHash == account || a.KeyHash == from) && a.Id != mineA && a.Id != mineB)
            .Select(a => new { a.KeyHash, a.AtUtc }).ToListAsync(cancellationToken);
        var accountTries = others.Where(a => a.KeyHash == account).Select(a => a.AtUtc).ToList();
        var wait = WaitAfter(others.Where(a => a.KeyHash == from).Select(a => a.AtUtc).ToList(), now);
        if (!usual) wait = Max(wait, WaitAfter(accountTries, now));
        AccountFailures = accountTries.Count + 1;
        if (wait > TimeSpan.Zero) await ReleaseAsync(cancellationToken);
        return wait;
    }

    /// <summary>The claimed try succeeded: it was no failure, the address's failures are forgotten and it becomes a usual one.</summary>
    public async Task SucceededAsync(string email, string source, CancellationToken cancellationToken = default)
    {
        var (from, mine) = (SourceKey(source), _claim.Select(a => a.Id).ToList());
        _claim = [];
        await db.SignInAttempts.Where(a => mine.Contains(a.Id) || a.KeyHash == from).ExecuteDeleteAsync(cancellationToken);
        var usualKey = UsualKey(email, source);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.SignInUsualSources.Where(u => u.KeyHash == usualKey).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastAtUtc, now), cancellationToken) > 0) return;
        var usual = db.SignInUsualSources.Add(new SignInUsualSource { KeyHash = usualKey, LastAtUtc = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same holder signed in from the same address at the same moment on another request: it is recorded.
            usual.State = EntityState.Detached;
        }
    }

    /// <summary>The claimed try is not counted (refused unchecked, or a right password that goes on to its second step).</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken = default)
    {
        var mine = _claim.Select(a => a.Id).ToList();
        _claim = [];
        if (mine.Count > 0) await db.SignInAttempts.Where(a => mine.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    TimeSpan WaitAfter(List<DateTime> failures, DateTime now)
    {
        var beyondFree = failures.Count - settings.FreeFailures;
        if (beyondFree <= 0) return TimeSpan.Zero;
        var delay = beyondFree > 30 ? settings.MaxDelay : Min(settings.MaxDelay, settings.FirstDelay * Math.Pow(2, beyondFree - 1));
        return Max(TimeSpan.Zero, failures.Max() + delay - now);
    }

    /// <summary>Failures outside the window and usual addresses not used for long are dropped, so neither grows without end.</summary>
    async Task ForgetExpiredAsync(DateTime now, CancellationToken cancellationToken)
    {
        var (windowStart, usualSince) = (now - settings.Window, now - settings.UsualSourceMemory);
        await db.SignInAttempts.Where(a => a.AtUtc <= windowStart).ExecuteDeleteAsync(cancellationToken);
        await db.SignInUsualSources.Where(u => u.LastAtUtc <= usualSince).ExecuteDeleteAsync(cancellationToken);
    }

    // Blind indexes (keyed HMAC, trimmed and case-insensitive): the table holds no email or address in clear.
    string AccountKey(string email) => db.BlindIndex("account:" + email);

    string SourceKey(string source) => db.BlindIndex("source:" + source);

    string UsualKey(string email, string source) => db.BlindIndex("usual:" + email.Trim() + "\n" + source);

    static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
