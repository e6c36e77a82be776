using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using DsarPlatform.Stores.Generation;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using DsarPlatform.Stores.Hosting;

namespace DsarPlatform.Bench;

/// <summary>
/// Generates the heavy user (default 1,000,000 IM messages) into a temporary data folder, then
/// exports and erases it, each in a child process, and prints wall time and memory against the
/// goals (under 20 s and 256 MB each). Options: <c>--accounts</c>, <c>--heavy-user-messages</c>, <c>--seed</c>.
/// </summary>
public static class HeavyUserBenchmark
{
    static readonly TimeSpan TimeGoal = TimeSpan.FromSeconds(20);
    const long MemoryGoal = 256L * 1024 * 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new ConfigurationBuilder().AddCommandLine(args).Build();
        var plan = new GenerationPlan(options.GetValue("accounts", 1000), options.GetValue("heavy-user-messages", 1_000_000),
            options.GetValue("seed", 42), TimeProvider.System.GetUtcNow().UtcDateTime);
        var folder = Path.Combine(Path.GetTempPath(), "dsar-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var generation = Stopwatch.StartNew();
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DataFolder"] = folder }).Build();
            await using (var services = new ServiceCollection().AddLogging().AddStoreDatabases(configuration).BuildServiceProvider())
                await DataGenerator.GenerateAsync(services, plan, Console.Out);
            SqliteConnection.ClearAllPools();
            Console.WriteLine($"generated {plan.Accounts:N0} accounts, {plan.HeavyUserMessages:N0} heavy-user messages in {generation.Elapsed.TotalSeconds:F1} s");

            var results = new List<PhaseResult>();
            foreach (var phase in new[] { "export", "erase" })
                results.Add(await RunChildAsync(phase, folder));
            PrintTable(results);
            return results.All(r => r.Seconds < TimeGoal.TotalSeconds && r.PeakWorkingSetBytes < MemoryGoal) ? 0 : 1;
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    static async Task<PhaseResult> RunChildAsync(string phase, string folder)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        // Started as "dotnet Bench.dll", the child needs the dll too.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var argument in new[] { PhaseRunner.Argument, phase, folder }) start.ArgumentList.Add(argument);
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0) throw new InvalidOperationException($"Phase {phase} exited with {child.ExitCode}.");
        return JsonSerializer.Deserialize<PhaseResult>(output.Trim().Split('\n')[^1])!;
    }

    static void PrintTable(IReadOnlyList<PhaseResult> results)
    {
        Console.WriteLine();
        Console.WriteLine($"| {"phase",-7} | {"wall time",10} | {"CPU time",9} | {"peak working set",16} | {"allocated",10} | {"goal met",8} | outcome");
        Console.WriteLine($"|{new string('-', 9)}|{new string('-', 12)}|{new string('-', 11)}|{new string('-', 18)}|{new string('-', 12)}|{new string('-', 10)}|---------");
        foreach (var r in results)
        {
            var met = r.Seconds < TimeGoal.TotalSeconds && r.PeakWorkingSetBytes < MemoryGoal ? "yes" : "NO";
            Console.WriteLine($"| {r.Phase,-7} | {r.Seconds,8:F1} s | {r.CpuSeconds,7:F1} s | {r.PeakWorkingSetBytes / 1048576.0,13:F0} MB | {r.AllocatedBytes / 1048576.0,7:F0} MB | {met,8} | {r.Outcome}");
        }
    }
}
