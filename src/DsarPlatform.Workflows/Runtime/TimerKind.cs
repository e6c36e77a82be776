namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// What a timer does when due: resume a waiting step, remind agents, escalate an overdue request, expire a package, retry a
/// store task, close a request whose confirmation link ran out, send a confirmation link that had to wait, or check that receipt was confirmed in time.
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
    ReceiptConfirmation,
}
