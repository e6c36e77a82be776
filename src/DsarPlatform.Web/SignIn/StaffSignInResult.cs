using DsarPlatform.Workflows.Staff;

namespace DsarPlatform.Web.SignIn;

/// <param name="User">The account, only when signed in or at the second step (never revealed on refusal).</param>
/// <param name="RetryAfter">With <see cref="StaffSignInOutcome.Wait"/>: how long until the next try is checked.</param>
public sealed record StaffSignInResult(StaffSignInOutcome Outcome, StaffUser? User = null, TimeSpan RetryAfter = default)
{
    public const string RefusedMessage = "Wrong email or password.";

    public static readonly StaffSignInResult Refused = new(StaffSignInOutcome.Refused);

    public bool Succeeded => Outcome == StaffSignInOutcome.SignedIn;

    /// <summary>The same words whatever the email: a wait is per email typed and per address, known account or not.</summary>
    public string WaitMessage => $"Too many failed sign-ins for this email or from this address. Try again in {RetryAfterSeconds} seconds.";

    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
