namespace DsarPlatform.Web.SignIn;

/// <summary>
/// <c>Staff:SignInThrottle</c>: how failed staff sign-ins slow further tries, per account and per source address,
/// instead of a lock anyone could trigger by typing wrong passwords for someone else's email.
/// </summary>
public sealed class SignInThrottleSettings
{
    /// <summary>Failures (per account, and per source) answered without any wait.</summary>
    public int FreeFailures { get; set; } = 3;

    /// <summary>The wait after the first failure beyond the free ones; it doubles with each further failure.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The bound: no wait is ever longer. The account's holder, from a new address during an attack, gets a checked try at
    /// least this often; from an address they signed in from before, the account's wait does not apply to them at all.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Failures older than this are forgotten.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures against one account within the window that email its holder (once per window).</summary>
    public int AlertAfterFailures { get; set; } = 10;

    /// <summary>How long an address that signed in to an account counts as that holder's usual address.</summary>
    public TimeSpan UsualSourceMemory { get; set; } = TimeSpan.FromDays(30);

    public IEnumerable<string> Invalid()
    {
        if (FreeFailures < 0) yield return "Staff:SignInThrottle:FreeFailures";
        if (FirstDelay <= TimeSpan.Zero) yield return "Staff:SignInThrottle:FirstDelay";
        if (MaxDelay < FirstDelay) yield return "Staff:SignInThrottle:MaxDelay";
        if (Window <= TimeSpan.Zero) yield return "Staff:SignInThrottle:Window";
        if (AlertAfterFailures <= 0) yield return "Staff:SignInThrottle:AlertAfterFailures";
        if (UsualSourceMemory <= TimeSpan.Zero) yield return "Staff:SignInThrottle:UsualSourceMemory";
    }
}
