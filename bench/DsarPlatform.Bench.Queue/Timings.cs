using System.Globalization;

namespace DsarPlatform.Bench.Queue;

/// <summary>p50, p95 and the worst of a scenario's rounds, in milliseconds.</summary>
public sealed record Timings(string Scenario, int Rows, double P50, double P95, double Worst)
{
    public static Timings Of(string scenario, int rows, List<double> milliseconds)
    {
        milliseconds.Sort();
        double At(double q) => milliseconds[Math.Min(milliseconds.Count - 1, (int)Math.Ceiling(q * milliseconds.Count) - 1)];
        return new(scenario, rows, At(0.5), At(0.95), milliseconds[^1]);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Scenario,-42} | {Rows,4} | {P50,7:F1} | {P95,7:F1} | {Worst,7:F1}");
}
