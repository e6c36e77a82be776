namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// One verification email granted to a target by <see cref="IntakeThrottle"/>. Only a hash of the target
/// is kept, so the table says how often someone was written to without saying who.
/// </summary>
public sealed class IntakeAttempt
{
    public long Id { get; init; }
    public required string TargetHash { get; init; }
    public DateTime GrantedAtUtc { get; init; }
    /// <summary>The request the email is for: a step run again after a conflict finds its claim instead of spending another.</summary>
    public Guid? RequestId { get; init; }
}
