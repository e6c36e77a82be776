using System.Diagnostics;
using System.Globalization;
using DsarPlatform.Bench.Queue;
using DsarPlatform.Bench.Throughput;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Workflows.Staff;
using DsarPlatform.Workflows.Requests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// [sqlite|postgres|both] [rounds] [open] [closed]: seeds the volumes, then reads each scenario `rounds` times through
// RequestQueue (the code the page and GET /api/requests run), a fresh DbContext each time as a request scope has.
var engines = args.Length > 0 && args[0] != "both" ? [args[0]] : new[] { "sqlite", "postgres" };
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
var open = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;
var closed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 400_000;
var definitions = Path.Combine(RepositoryRoot(), "workflows");
var now = DateTime.UtcNow;

Console.WriteLine($"{Environment.ProcessorCount} cores; {open:N0} open and {closed:N0} closed requests; {rounds} rounds per scenario after 3 warm-up reads");
foreach (var engine in engines)
{
    using var folder = new TempFolder("bench-queue");
    await using var cluster = engine == "postgres" ? await PostgresCluster.StartNewAsync() : null;
    var connectionString = cluster is null
        ? new SqliteConnectionStringBuilder { DataSource = folder.Combine("dsar.db"), Pooling = true }.ToString()
        : await cluster.CreateDatabaseAsync("dsar");
    var database = new QueueDatabase(engine, connectionString);
    await database.PrepareAsync(definitions);

    var seeding = Stopwatch.StartNew();
    string[] agents;
    await using (var db = database.NewContext())
    {
        await db.Database.OpenConnectionAsync();
        var seeder = new QueueSeeder(db.Database.GetDbConnection(), database.Catalog, now);
        await seeder.SeedAsync(open, closed);
        agents = [.. seeder.AgentIds];
    }
    await database.AnalyzeAsync();
    Console.WriteLine($"\n{engine}: seeded in {seeding.Elapsed.TotalSeconds:F1} s");

    var clock = new FixedClock(now);
    var middle = await ReadAsync(new QueueFilter { PageSize = 1, After = null }, skip: open / 2);
    var scenarios = new (string Name, QueueFilter Filter)[]
    {
        ("first page (open, by urgency)", new QueueFilter()),
        ("type=deletion&needsAction=true", new QueueFilter { Type = RequestType.Deletion, NeedsAction = true }),
        ($"assignee={agents[7]}", new QueueFilter { AssigneeId = agents[7] }),
        ("assignee=unassigned&overdue=true", new QueueFilter { Unassigned = true, Overdue = true }),
        ("page deep in the list (cursor at 50,000)", new QueueFilter { After = middle }),
        ("verification=shortOfLevel&channel=api", new QueueFilter { Verification = VerificationState.ShortOfLevel, Channel = "api" }),
        ("q=<reference>", new QueueFilter { Search = $"DSR-B{open / 3:D10}" }),
        ("closed, newest first", new QueueFilter { Closed = true }),
        ("closed&outcome=denied", new QueueFilter { Closed = true, Outcome = RequestOutcome.Denied }),
    };
    Console.WriteLine("scenario                                   | rows |  p50 ms |  p95 ms | worst ms | load (1-min)");
    foreach (var (name, filter) in scenarios)
    {
        var load = LoadAverage.OneMinute();
        var rows = 0;
        for (var i = 0; i < 3; i++) rows = (await TimeAsync(filter)).Rows;
        var times = new List<double>();
        for (var i = 0; i < rounds; i++) times.Add((await TimeAsync(filter)).Ms);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Timings.Of(name, rows, times)} | {load:F2} → {LoadAverage.OneMinute():F2}"));
    }

    async Task<(int Rows, double Ms)> TimeAsync(QueueFilter filter)
    {
        await using var db = database.NewContext();
        var watch = Stopwatch.StartNew();
        var page = await new RequestQueue(db, database.Catalog, clock).ReadAsync(filter, CancellationToken.None);
        return (page.Items.Count, watch.Elapsed.TotalMilliseconds);
    }

    async Task<QueueCursor?> ReadAsync(QueueFilter filter, int skip)
    {
        await using var db = database.NewContext();
        var row = await db.Requests.Where(r => r.ClosedAtUtc == null).OrderBy(r => r.DueAtUtc).ThenBy(r => r.Id).Skip(skip).FirstAsync();
        return new QueueCursor(row.DueAtUtc, row.Id);
    }
}

static string RepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        if (File.Exists(Path.Combine(folder.FullName, "DsarPlatform.sln"))) return folder.FullName;
    throw new InvalidOperationException("Run the bench from inside the repository (it reads workflows/).");
}

/// <summary>The instant the data was seeded around, so every round reads the same overdue set.</summary>
sealed class FixedClock(DateTime nowUtc) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(nowUtc, TimeSpan.Zero);
}
