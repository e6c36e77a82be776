namespace DsarPlatform.Workflows.Records;

/// <summary>The requests received in one month or week, counted by type and by status (open or how they were answered).</summary>
public sealed record MetricsPeriod(DateOnly Start, IReadOnlyDictionary<string, int> ByType, IReadOnlyDictionary<string, int> ByStatus)
{
    public int Total => ByType.Values.Sum();
}
