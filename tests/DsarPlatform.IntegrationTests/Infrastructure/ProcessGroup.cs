using System.Diagnostics;

namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// A child started through <c>setsid</c>, so it leads its own process group (pgid = pid) and
/// signals reach everything it spawned (beam's helpers, shells) but never the test host.
/// Output goes to a log file and is kept in memory for line waits.
/// </summary>
internal sealed class ProcessGroup : IAsyncDisposable
{
    const string SetSid = "/usr/bin/setsid";

    readonly Process process;
    readonly StreamWriter log;
    readonly Lock gate = new();
    readonly List<string> lines = [];
    readonly IDisposable leftover;
    readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    bool logClosed;
    int disposed;

    ProcessGroup(Process process, string logPath)
    {
        this.process = process;
        LogPath = logPath;
        log = new StreamWriter(new FileStream(logPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => exited.TrySetResult();
        process.Start();
        Id = process.Id;
        leftover = Leftovers.Register(() => Posix.SignalGroup(Id, Posix.SigKill));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id { get; }

    public string LogPath { get; }

    public bool HasExited => exited.Task.IsCompleted;

    public int? ExitCode => HasExited ? process.ExitCode : null;

    /// <summary>Raised for each output line (stdout and stderr), after it is logged.</summary>
    public event Action<string>? Line;

    public static ProcessGroup Start(
        string fileName, IEnumerable<string> arguments, string workingDirectory, string logPath,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(SetSid)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(fileName);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) info.Environment.Remove(key);
            else info.Environment[key] = value;
        }
        return new ProcessGroup(new Process { StartInfo = info }, logPath);
    }

    public IReadOnlyList<string> Lines
    {
        get { lock (gate) return [.. lines]; }
    }

    public string Tail(int count = 40)
    {
        lock (gate) return string.Join('\n', lines.Skip(Math.Max(0, lines.Count - count)));
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken = default) =>
        exited.Task.WaitAsync(cancellationToken);

    /// <summary>SIGKILL to the whole group, without waiting.</summary>
    public void Kill()
    {
        // Before setsid has run, the group does not exist yet: fall back to the pid.
        if (!Posix.SignalGroup(Id, Posix.SigKill)) Posix.Signal(Id, Posix.SigKill);
    }

    /// <summary>SIGTERM to the group, wait up to <paramref name="grace"/>, then SIGKILL; returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan grace)
    {
        if (!HasExited && !Posix.SignalGroup(Id, Posix.SigTerm)) Posix.Signal(Id, Posix.SigTerm);
        try
        {
            await exited.Task.WaitAsync(grace);
        }
        catch (TimeoutException)
        {
            Kill();
            await exited.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        // Helpers the leader spawned may outlive it; the group id stays reserved while they exist.
        Posix.SignalGroup(Id, Posix.SigKill);
        // Drains the output pipes, bounded: a daemon that escaped the group may hold them open.
        process.WaitForExit(TimeSpan.FromSeconds(5));
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        try
        {
            await StopAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            leftover.Dispose();
            lock (gate)
            {
                logClosed = true;
                log.Dispose();
            }
            process.Dispose();
        }
    }

    void Append(string? line)
    {
        if (line is null) return;
        lock (gate)
        {
            lines.Add(line);
            if (!logClosed) log.WriteLine(line);
        }
        Line?.Invoke(line);
    }
}
