namespace DsarPlatform.Web.SignIn;

/// <summary>
/// Counts failed staff sign-ins per account (the email as typed, known or not, so the answer never tells which exist)
/// and per source address, and says how long the next checked try must wait: nothing for the first free failures,
/// then a delay doubling up to <see cref="SignInThrottleSettings.MaxDelay"/>. An address that signed in to the account
/// before is not held by the account's count, so an attacker elsewhere cannot keep the holder out.
/// Kept in memory per web host: a restart forgets it (the bound still holds for each host).
/// </summary>
public sealed class SignInThrottle(SignInThrottleSettings settings, TimeProvider clock)
{
    readonly Lock _gate = new();
    readonly Dictionary<string, Failures> _accounts = new(StringComparer.Ordinal);
    readonly Dictionary<string, Failures> _sources = new(StringComparer.Ordinal);
    readonly Dictionary<(string Account, string Source), DateTimeOffset> _usualSources = new();
    int _writesSinceSweep;

    /// <summary>Zero when a try may be checked now; otherwise how long until it may.</summary>
    public TimeSpan WaitBeforeTry(string email, string source)
    {
        var account = AccountKey(email);
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var wait = WaitOf(_sources, source, now);
            if (!IsUsual(account, source, now)) wait = Max(wait, WaitOf(_accounts, account, now));
            return wait;
        }
    }

    /// <returns>The account's failures within the window, this one included.</returns>
    public int RecordFailure(string email, string source)
    {
        var account = AccountKey(email);
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            SweepNowAndThen(now);
            Add(_sources, source, now);
            return Add(_accounts, account, now);
        }
    }

    /// <summary>The address becomes a usual one for the account, and its own failures are forgotten.</summary>
    public void RecordSuccess(string email, string source)
    {
        var account = AccountKey(email);
        lock (_gate)
        {
            _usualSources[(account, source)] = clock.GetUtcNow();
            _sources.Remove(source);
        }
    }

    static string AccountKey(string email) => email.Trim().ToUpperInvariant();

    bool IsUsual(string account, string source, DateTimeOffset now) =>
        _usualSources.TryGetValue((account, source), out var at) && now - at < settings.UsualSourceMemory;

    TimeSpan WaitOf(Dictionary<string, Failures> counts, string key, DateTimeOffset now)
    {
        if (!counts.TryGetValue(key, out var failures) || Expired(failures, now)) return TimeSpan.Zero;
        var beyondFree = failures.Count - settings.FreeFailures;
        if (beyondFree <= 0) return TimeSpan.Zero;
        var delay = beyondFree > 30 ? settings.MaxDelay : Min(settings.MaxDelay, settings.FirstDelay * Math.Pow(2, beyondFree - 1));
        return Max(TimeSpan.Zero, failures.LastAt + delay - now);
    }

    int Add(Dictionary<string, Failures> counts, string key, DateTimeOffset now)
    {
        var count = counts.TryGetValue(key, out var failures) && !Expired(failures, now) ? failures.Count + 1 : 1;
        counts[key] = new Failures(count, now);
        return count;
    }

    bool Expired(Failures failures, DateTimeOffset now) => now - failures.LastAt >= settings.Window;

    /// <summary>Many distinct emails or addresses must not grow memory without end: drop what has expired.</summary>
    void SweepNowAndThen(DateTimeOffset now)
    {
        if (++_writesSinceSweep < 1024) return;
        _writesSinceSweep = 0;
        foreach (var counts in new[] { _accounts, _sources })
            foreach (var key in counts.Where(c => Expired(c.Value, now)).Select(c => c.Key).ToList()) counts.Remove(key);
        foreach (var key in _usualSources.Where(u => now - u.Value >= settings.UsualSourceMemory).Select(u => u.Key).ToList()) _usualSources.Remove(key);
    }

    static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    readonly record struct Failures(int Count, DateTimeOffset LastAt);
}
