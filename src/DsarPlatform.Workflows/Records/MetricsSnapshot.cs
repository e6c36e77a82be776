namespace DsarPlatform.Workflows.Records;

/// <summary>
/// The figures auditors ask for over a range of received dates. Rates and days are null when nothing was answered or
/// closed; <see cref="OverdueNow"/> and <see cref="OpenIncidents"/> are as of now, whatever the range.
/// </summary>
public sealed record MetricsSnapshot
{
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public required MetricsInterval Interval { get; init; }
    public required IReadOnlyList<MetricsPeriod> Periods { get; init; }
    public int Received { get; init; }
    public int Answered { get; init; }
    public int AnsweredOnTime { get; init; }
    /// <summary>Answered by the due date (extension included) over answered, 0 to 1.</summary>
    public double? OnTimeRate { get; init; }
    public int Closed { get; init; }
    /// <summary>Calendar days from receipt to closing: the middle value (the mean of the two middle ones for an even count).</summary>
    public double? MedianDaysToClose { get; init; }
    /// <summary>The nearest-rank 90th percentile: the smallest value at least 90% of closed requests do not exceed.</summary>
    public int? Percentile90DaysToClose { get; init; }
    public int ExtensionsUsed { get; init; }
    public int OverdueNow { get; init; }
    public int OpenIncidents { get; init; }
}
