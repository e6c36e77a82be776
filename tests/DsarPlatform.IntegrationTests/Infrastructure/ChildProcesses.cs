namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>The test host's own child processes, read from /proc (Linux), to find a child a library started.</summary>
internal static class ChildProcesses
{
    /// <summary>Pids of this process's direct children, over all its threads.</summary>
    public static IReadOnlySet<int> OfThisProcess()
    {
        var children = new HashSet<int>();
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                foreach (var pid in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    children.Add(int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (IOException)
            {
                // The thread ended while we read.
            }
        }
        return children;
    }

    /// <summary>True while <paramref name="pid"/> exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault() is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    public static string CommandLine(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim(); }
        catch (IOException) { return ""; }
    }
}
