using System.Diagnostics;
using System.Globalization;

namespace DsarPlatform.Bench.Throughput;

/// <summary>
/// CPU time used so far by this process (client, MassTransit and the stores) and by its descendants (the
/// private RabbitMQ node). CPU per task does not depend on how much of the shared machine others take,
/// so it shows where the work goes even when the rates are noisy.
/// </summary>
public readonly record struct CpuTime(TimeSpan Bench, TimeSpan Broker)
{
    static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static CpuTime Now()
    {
        var self = Environment.ProcessId;
        var parents = new Dictionary<int, (int Parent, double Seconds)>();
        foreach (var dir in System.IO.Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // Fields after the command name, which is in parentheses and may hold spaces.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var seconds = (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
                parents[pid] = (int.Parse(fields[1], CultureInfo.InvariantCulture), seconds);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }
        var broker = parents.Where(p => IsDescendant(p.Key, self, parents)).Sum(p => p.Value.Seconds);
        return new CpuTime(Process.GetCurrentProcess().TotalProcessorTime, TimeSpan.FromSeconds(broker));
    }

    public static CpuTime operator -(CpuTime a, CpuTime b) => new(a.Bench - b.Bench, a.Broker - b.Broker);

    /// <summary>Milliseconds of CPU per unit, this process and the broker.</summary>
    public string PerUnit(int units) =>
        $"{Bench.TotalMilliseconds / units:F2} + {Broker.TotalMilliseconds / units:F2}";

    static bool IsDescendant(int pid, int ancestor, Dictionary<int, (int Parent, double Seconds)> parents)
    {
        for (var hops = 0; hops < 64 && parents.TryGetValue(pid, out var entry); hops++)
        {
            if (entry.Parent == ancestor) return true;
            pid = entry.Parent;
        }
        return false;
    }
}
