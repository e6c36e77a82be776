using DsarPlatform.Contracts;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.StoreTasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Support;

/// <summary>
/// R5: many store answers for one instance at once, each in its own scope as concurrent consumers would
/// run them. The instance's token must make every one of them count, and the step must be left exactly
/// once. Each tier runs it on its database (SQLite in the fast tier, PostgreSQL in the integration tier).
/// </summary>
public abstract class ConcurrentSignalScenario
{
    const int Signals = 100;
    const string EraseStep = "erase-in-stores";

    DsarApp _app = null!;
    DsarApi _api = null!;

    /// <summary>Where the workflow database lives; nothing (the SQLite default) unless a tier says otherwise.</summary>
    protected virtual Task<Dictionary<string, string?>> DatabaseSettingsAsync() => Task.FromResult(new Dictionary<string, string?>());

    [SetUp]
    public async Task StartApp()
    {
        var database = await DatabaseSettingsAsync();
        // A first start creates and seeds every store's database; the second, on the same data folder, hosts
        // only the stores that identify the account (directory, billing), so the other erase tasks stay
        // pending and the instance really waits on its erase step's store tasks.
        var seeding = new DsarApp(settings: database);
        (await seeding.CreateClient().GetAsync("/")).EnsureSuccessStatusCode();
        await seeding.DisposeAsync();
        _app = new DsarApp(seeding.DataFolder, settings: new Dictionary<string, string?>(database) { ["Stores:Enabled"] = $"{StoreNames.Directory},{StoreNames.Billing}" });
        _api = new DsarApi(_app.CreateClient());
    }

    [TearDown]
    public async Task StopApp()
    {
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [Test, CancelAfter(60_000)]
    public async Task A_hundred_concurrent_store_answers_for_one_instance_all_count_and_the_step_completes_once()
    {
        var (reference, pending) = await WaitingOnAHundredTasksAsync();

        var started = System.Diagnostics.Stopwatch.StartNew();
        var answers = await Task.WhenAll(pending.Select(id => Task.Run(() => AnswerInOwnScopeAsync(id))));
        TestContext.Progress.WriteLine($"{Signals} concurrent answers committed in {started.ElapsedMilliseconds} ms");

        Assert.That(answers, Has.All.True, "every answer found its task pending and resumed the instance");
        var done = await _api.RequestAsync(reference);
        var eraseTasks = done.Tasks.Where(t => t.Action == StoreActions.Erase).ToList();
        Assert.That(eraseTasks, Has.Count.EqualTo(Signals + 2));
        Assert.That(eraseTasks.Select(t => t.Status), Has.All.EqualTo("Completed"), "no lost update");
        Assert.That(done.Journal.Count(j => j.Step == EraseStep && j.Event == "TaskCompleted"), Is.EqualTo(Signals + 2));
        Assert.That(done.Journal.Count(j => j.Step == EraseStep && j.Event == "StepCompleted"), Is.EqualTo(1));
        Assert.That(done.Journal.Count(j => j.Step == "reply" && j.Event == "StepStarted"), Is.EqualTo(1), "the instance advanced once");
        Assert.That(done.CurrentStep, Is.Not.EqualTo(EraseStep));
        Assert.That(done.Status, Is.Not.EqualTo("Faulted"), done.FaultReason);
    }

    [Test, CancelAfter(60_000)]
    public async Task A_hundred_answers_each_delivered_twice_through_the_group_commit_count_once_and_the_step_completes_once()
    {
        var (reference, pending) = await WaitingOnAHundredTasksAsync();
        var requestId = await _app.InScopeAsync(services =>
            services.GetRequiredService<DsarDbContext>().Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());

        // As the bus's consumers hand them in: all at once, each answer twice (a redelivery).
        var batches = _app.Services.GetRequiredService<StoreAnswerBatches>();
        var answers = await Task.WhenAll(pending.Concat(pending).Select(id =>
            Task.Run(() => batches.CompletedAsync(id, requestId, new StoreTaskOutcome([], []), CancellationToken.None))));

        Assert.That(answers.Count(a => a), Is.EqualTo(Signals), "each task finished by exactly one of its two answers");
        var done = await _api.RequestAsync(reference);
        Assert.That(done.Tasks.Where(t => t.Action == StoreActions.Erase).Select(t => t.Status), Has.All.EqualTo("Completed"));
        Assert.That(done.Journal.Count(j => j.Step == EraseStep && j.Event == "TaskCompleted"), Is.EqualTo(Signals + 2), "each answer journaled once");
        Assert.That(done.Journal.Count(j => j.Step == EraseStep && j.Event == "StepCompleted"), Is.EqualTo(1));
        Assert.That(done.Journal.Count(j => j.Step == "reply" && j.Event == "StepStarted"), Is.EqualTo(1), "the instance advanced once");
        Assert.That(done.Status, Is.Not.EqualTo("Faulted"), done.FaultReason);
    }

    /// <summary>
    /// Alice's deletion confirmed and waiting in its erase step with the directory's and billing's answers in (the other
    /// stores do not run), then given pending erase tasks until <see cref="Signals"/> are pending; the agent is signed in.
    /// </summary>
    async Task<(string Reference, List<Guid> Pending)> WaitingOnAHundredTasksAsync()
    {
        var reference = await _api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        var verification = (await _api.WaitForMailAsync(m => m.Subject.Contains(reference), "the verification email")).Single();
        await _api.ConfirmAsync(verification.Links.Single());
        await _api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var waiting = await _api.WaitForRequestAsync(reference,
            r => r.CurrentStep == EraseStep && r.Tasks.Count(t => t.Store is StoreNames.Directory or StoreNames.Billing && t.Status == "Completed") == 2,
            "the erase step with the directory's and billing's answers in");
        Assert.That(waiting.Status, Is.EqualTo("Waiting"));
        return (reference, await AddPendingTasksUntilAsync(reference, Signals));
    }

    /// <summary>Adds pending erase tasks to the waiting step until <paramref name="count"/> are pending; returns their ids.</summary>
    async Task<List<Guid>> AddPendingTasksUntilAsync(string reference, int count) =>
        await _app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DsarDbContext>();
            var request = await db.Requests.SingleAsync(r => r.Reference == reference);
            var instance = await db.Instances.SingleAsync(i => i.RequestId == request.Id);
            var existing = await db.StoreTasks.CountAsync(t => t.InstanceId == instance.Id && t.StepIndex == instance.StepIndex && t.Status == StoreTaskStatus.Pending);
            for (var i = existing; i < count; i++)
            {
                db.StoreTasks.Add(new StoreTask
                {
                    RequestId = request.Id, InstanceId = instance.Id, StepIndex = instance.StepIndex,
                    Store = StoreNames.All[i % StoreNames.All.Count], Action = StoreActions.Erase,
                    CreatedAtUtc = _app.Clock.GetUtcNow().UtcDateTime,
                });
            }
            await db.SaveChangesAsync();
            return await db.StoreTasks
                .Where(t => t.InstanceId == instance.Id && t.StepIndex == instance.StepIndex && t.Status == StoreTaskStatus.Pending)
                .Select(t => t.Id).ToListAsync();
        });

    async Task<bool> AnswerInOwnScopeAsync(Guid taskId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var results = scope.ServiceProvider.GetRequiredService<StoreTaskResults>();
        return await results.CompletedAsync(taskId, new StoreTaskOutcome([], []), CancellationToken.None);
    }
}
