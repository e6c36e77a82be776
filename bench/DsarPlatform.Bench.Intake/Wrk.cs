using System.Diagnostics;
using System.Globalization;

namespace DsarPlatform.Bench.Intake;

/// <summary>Runs wrk with the same settings for every target: 2 threads, 32 connections, latency percentiles, the intake Lua script.</summary>
public static class Wrk
{
    /// <summary>A 10 s timeout (wrk's default is 2 s) so slow answers count in the latency instead of vanishing as socket errors.</summary>
    public const string Settings = "-t2 -c32 --latency --timeout 10s";

    /// <summary>Stops the bench at once when wrk is not installed, saying how to get it.</summary>
    public static string Require() =>
        Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(folder => Path.Combine(folder, "wrk")).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("wrk is missing: install wrk (apt-get install wrk)");

    public static async Task<WrkResult> RunAsync(string wrk, string url, TimeSpan duration, string nonce)
    {
        var info = new ProcessStartInfo(wrk) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[.. Settings.Split(' '), "-d", $"{(int)duration.TotalSeconds}s",
                     "-s", Path.Combine(AppContext.BaseDirectory, "intake.lua"), url, "--", nonce])
            info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(duration + TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(); // this wrk only, by its pid
            throw new TimeoutException($"wrk did not finish within {duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s + 30 s");
        }
        var text = await output + await error;
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk exited with {process.ExitCode}:\n{text}");
        return WrkResult.Parse(text);
    }
}
