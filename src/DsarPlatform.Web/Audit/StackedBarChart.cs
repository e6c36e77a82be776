using System.Globalization;

namespace DsarPlatform.Web.Audit;

/// <summary>
/// A stacked bar chart laid out on the server, for an SVG that reads without JavaScript. Its text alternative (title and
/// description) says every number the bars show, so a screen reader gets the chart in words.
/// </summary>
public sealed class StackedBarChart
{
    public const double Width = 640, Height = 260, Left = 44, Right = 8, Top = 12, Bottom = 44;
    static readonly string[] Palette = ["#1b5e9e", "#b35900", "#2e7d32", "#6a1b9a", "#c62828", "#455a64"];

    public StackedBarChart(string id, string title, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<int> Values)> series)
    {
        Id = id;
        Title = title;
        Labels = labels;
        Series = series.Select((s, i) => new ChartSeries(s.Name, s.Values, Palette[i % Palette.Length])).ToList();
        Totals = labels.Select((_, bar) => Series.Sum(s => s.Values[bar])).ToList();
        Max = Math.Max(1, Totals.DefaultIfEmpty(0).Max());
    }

    public string Id { get; }
    public string Title { get; }
    public IReadOnlyList<string> Labels { get; }
    public IReadOnlyList<ChartSeries> Series { get; }
    public IReadOnlyList<int> Totals { get; }
    public int Max { get; }

    public static double PlotWidth => Width - Left - Right;
    public static double PlotHeight => Height - Top - Bottom;
    public double Slot => Labels.Count == 0 ? PlotWidth : PlotWidth / Labels.Count;
    public double BarX(int bar) => Left + bar * Slot + Slot * 0.15;
    public double BarCentre(int bar) => Left + (bar + 0.5) * Slot;
    public double ValueY(double value) => Top + PlotHeight - value / Max * PlotHeight;

    /// <summary>Every non-empty rectangle, stacked in series order from the axis up.</summary>
    public IEnumerable<ChartSegment> Segments()
    {
        for (var bar = 0; bar < Labels.Count; bar++)
        {
            var below = 0;
            foreach (var series in Series)
            {
                var value = series.Values[bar];
                if (value == 0) continue;
                yield return new ChartSegment(BarX(bar), ValueY(below + value), Slot * 0.7, value / (double)Max * PlotHeight, series.Fill);
                below += value;
            }
        }
    }

    /// <summary>Ticks on the value axis: zero, the middle (when whole) and the top.</summary>
    public IEnumerable<int> Ticks() => new[] { 0, Max % 2 == 0 ? Max / 2 : -1, Max }.Where(t => t >= 0).Distinct();

    /// <summary>Shows a label under every bar when they fit, else under every n-th.</summary>
    public bool ShowsLabel(int bar) => bar % Math.Max(1, (int)Math.Ceiling(Labels.Count * 60 / PlotWidth)) == 0;

    public string Description => string.Join("; ", Labels.Select((label, bar) =>
        $"{label}: {Totals[bar]}" + (Totals[bar] == 0 ? "" : " (" + string.Join(", ", Series.Where(s => s.Values[bar] > 0).Select(s => $"{s.Name} {s.Values[bar]}")) + ")"))) + ".";

    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
