using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.DemoData;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Tests.Stores;

[TestFixture, CancelAfter(60_000)]
public class IdempotencyTests
{
    StoreTestHost host = null!;

    [SetUp]
    public async Task StartStores() => host = await StoreTestHost.StartAsync();

    [TearDown]
    public async Task StopStores() => await host.DisposeAsync();

    [Test]
    public async Task The_same_erase_delivered_three_times_has_one_effect_and_reports_the_same_outcome()
    {
        var task = new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), DemoCustomers.Alice.AccountId);

        var first = await host.RunAsync(StoreNames.Billing, task);
        // Between deliveries time passes: a second effect would show up as new retain-until dates.
        host.Clock.Advance(TimeSpan.FromHours(1));
        var second = await host.RunAsync(StoreNames.Billing, task);
        host.Clock.Advance(TimeSpan.FromHours(1));
        var third = await host.RunAsync(StoreNames.Billing, task);

        Assert.That(JsonSerializer.Serialize(second), Is.EqualTo(JsonSerializer.Serialize(first)));
        Assert.That(JsonSerializer.Serialize(third), Is.EqualTo(JsonSerializer.Serialize(first)));
        await AssertOneEffectAsync(task.TaskId);
    }

    [Test]
    public async Task The_same_erase_delivered_three_times_at_once_has_one_effect()
    {
        var task = new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), DemoCustomers.Alice.AccountId);
        var endpoint = await host.Harness.Bus.GetSendEndpoint(new Uri($"queue:{StoreNames.Billing}"));

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => endpoint.Send(task)));
        while (host.CompletionsOf(task.TaskId).Count < 3)
            await Task.Delay(20);

        var outcomes = host.CompletionsOf(task.TaskId).Select(c => JsonSerializer.Serialize(c.Outcome)).Distinct();
        Assert.That(outcomes.Count(), Is.EqualTo(1));
        await AssertOneEffectAsync(task.TaskId);
    }

    async Task AssertOneEffectAsync(Guid taskId)
    {
        await using var scope = host.Scope();
        var db = host.Db<BillingDbContext>(scope);
        Assert.That(await db.ProcessedTasks.CountAsync(t => t.TaskId == taskId), Is.EqualTo(1));
        var account = await db.Accounts.SingleAsync(a => a.AccountId == DemoCustomers.Alice.AccountId);
        Assert.That(account.ErasedAtUtc, Is.EqualTo(StoreTestHost.Start.UtcDateTime));
        Assert.That(await db.RetentionLedger.CountAsync(), Is.EqualTo(1), "the retained invoices are recorded once");
    }

    [Test]
    public async Task The_same_export_delivered_three_times_reports_the_same_single_file()
    {
        var task = new ExportSubjectData(Guid.NewGuid(), Guid.NewGuid(), DemoCustomers.Alice.AccountId);

        var outcomes = new List<string>();
        for (var delivery = 0; delivery < 3; delivery++)
            outcomes.Add(JsonSerializer.Serialize((await host.RunAsync(StoreNames.ImHistory, task)).Outcome));

        Assert.That(outcomes.Distinct().Count(), Is.EqualTo(1));
        var folder = Path.Combine(host.Folder, "exports", task.RequestId.ToString("N"));
        Assert.That(System.IO.Directory.GetFiles(folder).Select(Path.GetFileName), Is.EqualTo(new[] { $"{StoreNames.ImHistory}.json" }));
    }
}
