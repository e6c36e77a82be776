namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// What a timer does when due: resume a waiting step, remind agents, escalate an overdue request, expire a package, retry a
/// store task, close a request whose confirmation link ran out, or send a confirmation link that had to wait.
/// </summary>
public enum TimerKind
{
    Step,
    Reminder,
    Overdue,
    PackageExpiry,
    TaskRetry,
    VerificationExpiry,
    VerificationResend,
}
