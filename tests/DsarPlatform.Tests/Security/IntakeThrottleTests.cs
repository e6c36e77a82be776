using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DsarPlatform.Tests.Security;

/// <summary>S3: at most three notices per person per hour (a rate an outsider cannot spend for longer), counted in the database.</summary>
public sealed class IntakeThrottleTests
{
    TestDatabase _database = null!;
    FakeTimeProvider _clock = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _database = new TestDatabase();
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 17, 0, 0, TimeSpan.Zero));
    }

    [TearDown]
    public void DeleteDatabase() => _database.Dispose();

    [Test]
    public async Task The_fourth_email_to_one_target_within_the_hour_is_refused()
    {
        var answers = new List<bool>();
        for (var i = 0; i < 4; i++) answers.Add(await MaySendAsync("alice.demo"));
        Assert.That(answers, Is.EqualTo(new[] { true, true, true, false }));
    }

    [Test, CancelAfter(30_000)]
    public async Task Intakes_racing_for_one_target_still_send_at_most_three()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => MaySendAsync("alice.demo"))));
        Assert.That(answers.Count(a => a), Is.EqualTo(3));
    }

    [Test]
    public async Task Case_and_spaces_do_not_make_a_new_target_but_other_people_are_unaffected()
    {
        for (var i = 0; i < 3; i++) await MaySendAsync("alice.demo");
        Assert.That(await MaySendAsync("  ALICE.demo "), Is.False);
        Assert.That(await MaySendAsync("bob.demo"), Is.True);
    }

    [Test]
    public async Task The_allowance_returns_within_the_hour_so_an_outsider_cannot_spend_it_for_the_day()
    {
        for (var i = 0; i < 3; i++)
        {
            await MaySendAsync("alice.demo");
            _clock.Advance(TimeSpan.FromMinutes(10));
        }
        Assert.That(await MaySendAsync("alice.demo"), Is.False);
        _clock.Advance(TimeSpan.FromMinutes(31));
        Assert.That(await MaySendAsync("alice.demo"), Is.True, "the first email is now more than an hour old");
        Assert.That(await MaySendAsync("alice.demo"), Is.False);
    }

    [Test]
    public async Task The_count_survives_a_restart_and_stores_no_readable_target()
    {
        for (var i = 0; i < 3; i++) await MaySendAsync("alice@example.com");

        await using var db = _database.NewContext();
        var hashes = await db.IntakeAttempts.Select(a => a.TargetHash).ToListAsync();
        Assert.That(hashes, Has.Count.EqualTo(3).And.All.Not.Contain("alice"));
        Assert.That(await MaySendAsync("alice@example.com"), Is.False, "a fresh context (as after a restart) sees the same count");
    }

    async Task<bool> MaySendAsync(string target)
    {
        await using var db = _database.NewContext();
        return await new IntakeThrottle(db, _clock, Options.Create(new IntakeThrottleOptions())).MaySendAsync(target, CancellationToken.None);
    }
}
