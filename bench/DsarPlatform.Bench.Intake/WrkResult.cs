using System.Globalization;
using System.Text.RegularExpressions;

namespace DsarPlatform.Bench.Intake;

/// <summary>What one wrk run reports: rate, latency percentiles, answers that were not 2xx/3xx, socket errors.</summary>
public sealed partial record WrkResult(double RequestsPerSecond, long Requests, double P50Ms, double P99Ms, long Non2xx, string SocketErrors)
{
    /// <summary>Reads wrk's text output (run with <c>--latency</c>); fails naming the line it could not find.</summary>
    public static WrkResult Parse(string output)
    {
        var rate = Number(RatePattern(), output, "Requests/sec");
        var requests = (long)Number(RequestsPattern(), output, "requests in");
        var non2xx = Non2xxPattern().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var errors = SocketErrorsPattern().Match(output) is { Success: true } e ? e.Groups[1].Value.Trim() : "";
        return new WrkResult(rate, requests, Percentile(output, "50"), Percentile(output, "99"), non2xx, errors);
    }

    static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s*{percent}(?:\.0+)?%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline);
        if (!match.Success) throw new FormatException($"wrk printed no {percent}% latency (was --latency given?):\n{output}");
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "ms" => value,
            "s" => value * 1000,
            _ => value * 60_000,
        };
    }

    static double Number(Regex pattern, string output, string what) =>
        pattern.Match(output) is { Success: true } match
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new FormatException($"wrk printed no '{what}':\n{output}");

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"^\s*(\d+) requests in", RegexOptions.Multiline)]
    private static partial Regex RequestsPattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xxPattern();

    [GeneratedRegex(@"Socket errors:(.*)$", RegexOptions.Multiline)]
    private static partial Regex SocketErrorsPattern();
}
