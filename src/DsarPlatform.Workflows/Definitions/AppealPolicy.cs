namespace DsarPlatform.Workflows.Definitions;

/// <summary>
/// A denied requester may appeal within <see cref="Window"/> of the denial (counted from the close, to the end of that
/// local day), and the appeal is decided within <see cref="DecisionPeriod"/> of its filing (Virginia: 45 and 60 days).
/// Both are ISO-8601 calendar periods like the policy's others.
/// </summary>
public sealed record AppealPolicy
{
    public required string Window { get; init; }
    public required string DecisionPeriod { get; init; }
}
