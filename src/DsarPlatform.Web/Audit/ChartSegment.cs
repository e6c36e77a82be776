namespace DsarPlatform.Web.Audit;

/// <summary>One drawn rectangle of a stacked bar, in the chart's SVG coordinates.</summary>
public sealed record ChartSegment(double X, double Y, double Width, double Height, string Fill);
