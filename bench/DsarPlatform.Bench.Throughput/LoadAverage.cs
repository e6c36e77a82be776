using System.Globalization;

namespace DsarPlatform.Bench.Throughput;

/// <summary>The machine's 1-minute load average, printed beside each figure: the cores are shared with other work.</summary>
public static class LoadAverage
{
    public static double OneMinute() =>
        File.Exists("/proc/loadavg")
            ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture)
            : double.NaN;
}
