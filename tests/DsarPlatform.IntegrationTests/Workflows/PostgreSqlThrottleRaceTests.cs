using DsarPlatform.Web.SignIn;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// The two throttles that count in the database, raced on PostgreSQL where writers truly run at once (SQLite takes one
/// writer at a time): tries sent together must not all slip through the last free turn. Each try has its own context,
/// as each request of each web host has.
/// </summary>
[NonParallelizable]
public sealed class PostgreSqlThrottleRaceTests
{
    const int Racers = 24;

    PostgreSqlWorkflowDatabase _database = null!;

    [OneTimeSetUp]
    public async Task StartDatabase() => _database = await PostgreSqlWorkflowDatabase.StartAsync();

    [OneTimeTearDown]
    public async Task StopDatabase() => await _database.DisposeAsync();

    [Test, CancelAfter(120_000)]
    public async Task Intakes_racing_for_one_persons_emails_get_no_more_than_the_allowance()
    {
        var options = Options.Create(new IntakeThrottleOptions());
        var granted = await RaceAsync(async db => await new IntakeThrottle(db, TimeProvider.System, options).MaySendAsync("raced@example.com", CancellationToken.None));

        Assert.That(granted.Count(g => g), Is.LessThanOrEqualTo(options.Value.EmailsPerTarget), "three emails an hour at most, however the intakes interleave");
    }

    [Test, CancelAfter(120_000)]
    public async Task Staff_sign_ins_racing_past_the_free_failures_get_at_most_one_checked_try()
    {
        var settings = new SignInThrottleSettings { FreeFailures = 0 };
        var waits = await RaceAsync(db => new SignInThrottle(db, settings, TimeProvider.System).ClaimAsync("agent@dsar.local", $"198.51.100.{Random.Shared.Next(1, 250)}"));

        Assert.That(waits.Count(w => w == TimeSpan.Zero), Is.LessThanOrEqualTo(1), "with no free failure, one try is checked and the others wait");
    }

    async Task<T[]> RaceAsync<T>(Func<DsarDbContext, Task<T>> attempt)
    {
        var start = new TaskCompletionSource();
        var racers = Enumerable.Range(0, Racers).Select(_ => Task.Run(async () =>
        {
            await using var db = _database.NewContext();
            await db.Database.OpenConnectionAsync(); // connected before the start, so the tries meet at the server
            await start.Task;
            return await attempt(db);
        })).ToList();
        await Task.Delay(500);
        start.SetResult();
        return await Task.WhenAll(racers);
    }
}
