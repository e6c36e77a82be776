namespace DsarPlatform.Workflows.Staff;

/// <summary>
/// An address a member of staff signed in from (blind index of the account and the address together): from there the
/// account's own count of failures does not hold them back, so an attacker elsewhere cannot keep the holder out.
/// </summary>
public sealed class SignInUsualSource
{
    public required string KeyHash { get; init; }

    public DateTime LastAtUtc { get; set; }
}
