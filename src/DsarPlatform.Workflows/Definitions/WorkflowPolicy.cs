namespace DsarPlatform.Workflows.Definitions;

/// <summary>The promises a definition keeps: how long the company has to answer, and how it counts.</summary>
public sealed record WorkflowPolicy
{
    public int ResponseDays { get; init; }
    public required string TimeZone { get; init; }
    public bool PauseClockWhileWaitingOnRequester { get; init; }
    public int ExtensionLimitDays { get; init; }
    public IReadOnlyList<int> ReminderDaysBeforeDue { get; init; } = [];
    public int VerificationLevel { get; init; } = 1;
    public string VerificationLinkLifetime { get; init; } = "PT24H";
}
