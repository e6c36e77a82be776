using System.Diagnostics;
using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Hosting;
using DsarPlatform.Stores.Generation;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace DsarPlatform.Bench;

/// <summary>
/// Runs one store task for the heavy user through the real consumer on MassTransit's in-memory bus,
/// in a process of its own, so the peak working set it reports belongs to that task alone.
/// </summary>
public static class PhaseRunner
{
    public const string Argument = "--phase";

    public static async Task<int> RunAsync(string phase, string dataFolder)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DataFolder"] = dataFolder, ["Stores:Enabled"] = StoreNames.ImHistory })
            .Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddReferenceStores(configuration)
            .RemoveAll<IHostedService>() // the generator migrated the database; no jobs during a measurement
            .AddSingleton(PayloadKey.Load(configuration))
            .AddMassTransitTestHarness(bus => bus.AddStoreConsumers())
            .BuildServiceProvider();
        var harness = services.GetRequiredService<ITestHarness>();
        harness.TestTimeout = TimeSpan.FromMinutes(10);
        await harness.Start();

        IStoreTask task = phase switch
        {
            "export" => new ExportSubjectData(Guid.NewGuid(), Guid.NewGuid(), GenerationPlan.HeavyUser),
            "erase" => new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), GenerationPlan.HeavyUser),
            _ => throw new ArgumentException($"Unknown phase {phase}."),
        };
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await (await harness.Bus.GetSendEndpoint(new Uri($"queue:{StoreNames.ImHistory}"))).Send((object)task);
        StoreTaskCompleted? completed;
        while ((completed = harness.Published.Select<StoreTaskCompleted>(m => m.Context.Message.TaskId == task.TaskId).FirstOrDefault()?.Context.Message) is null)
        {
            if (harness.Published.Select<StoreTaskFailed>().Any()) throw new InvalidOperationException($"{phase} failed.");
            await Task.Delay(10);
        }
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        await harness.Stop();

        using var self = Process.GetCurrentProcess();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        var outcome = string.Join(", ", completed.Outcome.Counts.Select(c => $"{c.Category}={c.Count:N0}"));
        if (completed.Outcome.Files is [var file])
            outcome += $", file={new FileInfo(Path.Combine(DataFolder.ExportDrop(configuration), file)).Length / (1024.0 * 1024):F0} MB";
        Console.WriteLine(JsonSerializer.Serialize(new PhaseResult(phase, clock.Elapsed.TotalSeconds, cpu, self.PeakWorkingSet64, allocated, outcome)));
        return 0;
    }
}
