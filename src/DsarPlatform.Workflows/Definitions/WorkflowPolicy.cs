namespace DsarPlatform.Workflows.Definitions;

/// <summary>
/// The promises a definition keeps and how its clock counts. Periods are ISO-8601 (P30D, P1M); the
/// company's 30 days, GDPR's one month (+2) and CCPA's 45 days (+45) are all policy values.
/// </summary>
public sealed record WorkflowPolicy
{
    public required string ResponsePeriod { get; init; }
    public required string TimeZone { get; init; }
    public bool PauseClockWhileWaitingOnRequester { get; init; }
    /// <summary>How far one extension may move the first due date; null forbids extensions.</summary>
    public string? ExtensionLimit { get; init; }
    public IReadOnlyList<int> ReminderDaysBeforeDue { get; init; } = [];
    /// <summary>Business days after receipt by which the requester is told their request arrived (CCPA: 10); null sends no confirmation.</summary>
    public int? ReceiptConfirmationBusinessDays { get; init; }
    /// <summary>Local dates that are not business days (besides Saturdays and Sundays), in <see cref="TimeZone"/>.</summary>
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];
    /// <summary>How the days of the response period and of extensions count; months are always calendar months.</summary>
    public DayCounting Counting { get; init; } = DayCounting.Calendar;
    /// <summary>An extension and its reasons must reach the requester before the original due date (GDPR's first month, CCPA's first 45 days).</summary>
    public bool ExtensionNoticeBeforeDue { get; init; }
    public int VerificationLevel { get; init; } = 1;
    public string VerificationLinkLifetime { get; init; } = "PT24H";
    /// <summary>Deliveries of a store task before its failure becomes an incident.</summary>
    public int StoreTaskAttempts { get; init; } = 3;
    /// <summary>Wait before the first retry of a failed store task; doubled for each further one.</summary>
    public string StoreTaskRetryDelay { get; init; } = "PT5M";
    /// <summary>
    /// Months a closed request's records are kept (CCPA §7101: 24) before the records purge removes them;
    /// null keeps them (a definition written before the purge existed).
    /// </summary>
    public int? RecordsRetentionMonths { get; init; }

    /// <summary>Whether, and within which periods, a denial can be appealed; null: no appeals.</summary>
    public AppealPolicy? Appeal { get; init; }
}
