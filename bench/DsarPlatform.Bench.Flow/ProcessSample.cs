using System.Globalization;

namespace DsarPlatform.Bench.Flow;

/// <summary>
/// CPU seconds used so far and peak resident set (VmHWM, MB) of the processes under each role: the web host, the
/// stores process, the broker (every other descendant of this bench) and the PostgreSQL server (the postmaster, which
/// pg_ctl detaches, and its backends), read from /proc. CPU per task does not depend on what else the shared machine runs.
/// </summary>
public sealed record ProcessSample(IReadOnlyDictionary<string, double> CpuSeconds, IReadOnlyDictionary<string, double> PeakMegabytes)
{
    public const string Web = "web", Stores = "stores", Broker = "broker", Postgres = "postgres";
    const double TicksPerSecond = 100; // USER_HZ on Linux

    public static ProcessSample Take(int webPid, int storesPid, int postmasterPid)
    {
        var processes = new Dictionary<int, (int Parent, string Name, double Seconds)>();
        foreach (var dir in System.IO.Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                // Fields after the command name, which is in parentheses and may hold spaces.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var seconds = (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
                processes[pid] = (int.Parse(fields[1], CultureInfo.InvariantCulture), name, seconds);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }
        var cpu = new Dictionary<string, double> { [Web] = 0, [Stores] = 0, [Broker] = 0, [Postgres] = 0 };
        var peak = new Dictionary<string, double> { [Web] = 0, [Stores] = 0, [Broker] = 0, [Postgres] = 0 };
        foreach (var (pid, process) in processes)
        {
            var role = RoleOf(pid, webPid, storesPid, postmasterPid, processes);
            if (role is null) continue;
            cpu[role] += process.Seconds;
            // The largest single process of the role: each has its own working set.
            peak[role] = Math.Max(peak[role], ReadPeakMegabytes(pid));
        }
        return new ProcessSample(cpu, peak);
    }

    static string? RoleOf(int pid, int webPid, int storesPid, int postmasterPid, Dictionary<int, (int Parent, string Name, double Seconds)> processes)
    {
        var self = Environment.ProcessId;
        for (var (current, hops) = (pid, 0); hops < 64 && processes.TryGetValue(current, out var entry); hops++)
        {
            if (current == webPid) return Web;
            if (current == storesPid) return Stores;
            if (current == postmasterPid) return Postgres;
            if (entry.Parent == self) return Broker;
            current = entry.Parent;
        }
        return null;
    }

    static double ReadPeakMegabytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>CPU ms per task of each role between <paramref name="before"/> and this sample.</summary>
    public string CpuPerTask(ProcessSample before, int tasks, bool withPostgres) =>
        string.Join(" / ", Roles(withPostgres).Select(r => $"{(CpuSeconds[r] - before.CpuSeconds[r]) * 1000 / tasks:F2}"));

    public string Peaks(bool withPostgres) => string.Join(" / ", Roles(withPostgres).Select(r => $"{PeakMegabytes[r]:F0}"));

    public static string Header(bool withPostgres) => string.Join(" / ", Roles(withPostgres));

    static IEnumerable<string> Roles(bool withPostgres) => withPostgres ? [Web, Stores, Broker, Postgres] : [Web, Stores, Broker];
}
