using System.Diagnostics;
using System.Globalization;
using DsarPlatform.Bench.Queue;
using DsarPlatform.Bench.Throughput;
using DsarPlatform.Bench.Timers;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// [sqlite|postgres|both] [rounds] [timers] [due]: seeds the timers, then times the product's sweep (TimerSweep, the
// Hangfire job's code) finding and firing the due ones, and sweeping again with none due; prints the query plan.
var engines = args.Length > 0 && args[0] != "both" ? [args[0]] : new[] { "sqlite", "postgres" };
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var total = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000;
var due = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1_000;
var repository = RepositoryRoot();
var now = DateTime.UtcNow;
var clock = new FixedClock(now);

Console.WriteLine($"{Environment.ProcessorCount} cores; {total:N0} timers, {due:N0} due (one reminder per open request); {rounds} rounds after 1 warm-up");
foreach (var engine in engines)
{
    using var folder = new TempFolder("bench-timers");
    await using var cluster = engine == "postgres" ? await PostgresCluster.StartNewAsync() : null;
    var connectionString = cluster is null
        ? new SqliteConnectionStringBuilder { DataSource = folder.Combine("dsar.db"), Pooling = true }.ToString()
        : await cluster.CreateDatabaseAsync("dsar");
    var database = new QueueDatabase(engine, connectionString);
    await database.PrepareAsync(Path.Combine(repository, "workflows"));

    var seeding = Stopwatch.StartNew();
    await using (var db = database.NewContext())
    {
        await db.Database.OpenConnectionAsync();
        await new QueueSeeder(db.Database.GetDbConnection(), database.Catalog, now).SeedAsync(due, 0);
        await new TimerSeeder(db.Database.GetDbConnection(), now).SeedAsync(total, due);
    }
    await database.AnalyzeAsync();
    Console.WriteLine($"\n{engine}: seeded {total:N0} timers in {seeding.Elapsed.TotalSeconds:F1} s");

    await using var services = SweepServices.Build(engine, connectionString, database.Catalog, clock, folder.Path, repository);
    var sweep = services.GetRequiredService<TimerSweep>();
    var (find, fire, idleFind, idleSweep) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
    var load = LoadAverage.OneMinute();
    for (var round = 0; round <= rounds; round++)
    {
        await ResetDueTimersAsync();
        var (found, findMs) = await TimeFindAsync();
        var watch = Stopwatch.StartNew();
        var fired = await sweep.RunAsync(CancellationToken.None);
        var fireMs = watch.Elapsed.TotalMilliseconds;
        var (left, idleFindMs) = await TimeFindAsync();
        watch.Restart();
        var firedIdle = await sweep.RunAsync(CancellationToken.None);
        var idleSweepMs = watch.Elapsed.TotalMilliseconds;
        if (fired != due || left != 0 || firedIdle != 0) throw new InvalidOperationException($"fired {fired} of {due}, {left} left, {firedIdle} fired when none due");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(round == 0 ? "warm-up" : $"round {round}"),-8} find {found} due {findMs,7:F1} ms | sweep firing {fired} {fireMs,8:F0} ms ({fireMs / fired:F2} ms each) | none due: find {idleFindMs,5:F1} ms, sweep {idleSweepMs,5:F1} ms | load {LoadAverage.OneMinute():F2}"));
        if (round == 0) continue;
        find.Add(findMs); fire.Add(fireMs); idleFind.Add(idleFindMs); idleSweep.Add(idleSweepMs);
    }
    Console.WriteLine("measure                                    | rows |  p50 ms |  p95 ms | worst ms (best ms) | load (1-min)");
    foreach (var (name, rows, times) in new[]
             {
                 ("find the due timers (first batch)", Math.Min(due, 500), find), ($"sweep: find and fire {due}", due, fire),
                 ("none due: find", 0, idleFind), ("none due: whole sweep", 0, idleSweep),
             })
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Timings.Of(name, rows, times)} ({times.Min(),6:F1}) | {load:F2} → {LoadAverage.OneMinute():F2}"));

    await using (var db = database.NewContext())
    {
        Console.WriteLine($"{engine} plan of the sweep's query (none due):");
        foreach (var line in await QueryPlan.OfAsync(db, TimerSweep.DueTimers(db.Timers, now))) Console.WriteLine($"  {line}");
    }

    async Task ResetDueTimersAsync()
    {
        await using var db = database.NewContext();
        await db.Timers.Where(t => t.Purpose == TimerSeeder.DuePurpose).ExecuteUpdateAsync(t => t.SetProperty(x => x.FiredAtUtc, (DateTime?)null));
        await db.AgentNotices.Where(n => n.Key == TimerSeeder.DuePurpose).ExecuteDeleteAsync();
    }

    // What the sweep's first query costs: a fresh context per sweep batch, as the sweep makes one.
    async Task<(int Found, double Ms)> TimeFindAsync()
    {
        await using var db = database.NewContext();
        var watch = Stopwatch.StartNew();
        var ids = await TimerSweep.DueTimers(db.Timers, now).ToListAsync();
        return (ids.Count, watch.Elapsed.TotalMilliseconds);
    }
}

static string RepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        if (File.Exists(Path.Combine(folder.FullName, "DsarPlatform.sln"))) return folder.FullName;
    throw new InvalidOperationException("Run the bench from inside the repository (it reads workflows/ and templates/).");
}

/// <summary>The instant the timers were seeded around, so every round finds the same due set.</summary>
sealed class FixedClock(DateTime nowUtc) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(nowUtc, TimeSpan.Zero);
}
