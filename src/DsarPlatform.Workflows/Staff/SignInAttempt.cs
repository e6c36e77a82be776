namespace DsarPlatform.Workflows.Staff;

/// <summary>
/// One checked staff sign-in try that has not succeeded, counted against its account (the email as typed) and, in a
/// second row, against its source address. Rows live in the workflow database so that every web host and a restarted
/// one see the same counts; the key is a blind index, never the email or address itself. Deleted once outside the
/// throttle's window.
/// </summary>
public sealed class SignInAttempt
{
    public long Id { get; init; }

    /// <summary>Blind index of <c>account:&lt;email&gt;</c> or <c>source:&lt;address&gt;</c>.</summary>
    public required string KeyHash { get; init; }

    public DateTime AtUtc { get; init; }
}
