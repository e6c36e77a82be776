namespace DsarPlatform.Workflows.Runtime;

/// <summary>What a timer does when due: resume a waiting step, remind agents, escalate an overdue request, expire a package, or retry a store task.</summary>
public enum TimerKind
{
    Step,
    Reminder,
    Overdue,
    PackageExpiry,
    TaskRetry,
}
