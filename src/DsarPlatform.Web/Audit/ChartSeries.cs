namespace DsarPlatform.Web.Audit;

/// <summary>One stacked series of a bar chart: its name (shown in the legend), a value per bar, and its fill colour.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<int> Values, string Fill);
