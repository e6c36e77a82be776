using System.Diagnostics;
using DsarPlatform.Bench.Flow;
using DsarPlatform.Bench.Throughput;
using DsarPlatform.Contracts;
using DsarPlatform.IntegrationTests.Infrastructure;
using Npgsql;

// dotnet run -c Release --project bench/DsarPlatform.Bench.Flow [-- rounds [sqlite|postgresql] [requests]]
// Each round: the raw RabbitMQ.Client round trip on the private broker, then N verified deletions released by one
// commit and timed until every instance waits in the directory wait (web host and stores process over RabbitMQ).
var rounds = args.Length > 0 ? int.Parse(args[0]) : 3;
var onPostgreSql = args.Length > 1 && args[1].Equals("postgresql", StringComparison.OrdinalIgnoreCase);
var requests = args.Length > 2 ? int.Parse(args[2]) : 2_500;
const int RawRoundTrips = 10_000;
const int WarmupRequests = 1_000;
const int StoresPerRequest = 4;
// MassTransit's envelope sizes for an erase and its reply (the throughput bench measures them on the same set-up).
var sizes = new MessageSizes(request: 1_153, reply: 1_516);
var limit = TimeSpan.FromSeconds(300);

await using var rabbit = await StartBrokerAsync();
using var data = new TempFolder("flow-bench");
Console.WriteLine($"RabbitMQ node up in {rabbit.LastStartDuration.TotalSeconds:F1} s on port {rabbit.Port}; {Environment.ProcessorCount} cores; data and logs in {data.Path}");

await using var postgres = onPostgreSql ? await PostgresCluster.StartNewAsync() : null;
Dictionary<string, string>? connectionStrings = null;
var postmasterPid = 0;
if (postgres is not null)
{
    connectionStrings = [];
    foreach (var database in StoreNames.All.Append("dsar")) connectionStrings[database] = await postgres.CreateDatabaseAsync(database);
    postmasterPid = await PostmasterPidAsync(postgres.ConnectionString);
}
var databases = new FlowDatabases(data.Path, connectionStrings);
Console.WriteLine($"Workflow database and stores on {(onPostgreSql ? "PostgreSQL" : "SQLite")}; {requests} requests = {requests * StoresPerRequest} store tasks a round");

await using var apps = new FlowApps();
await apps.StartAsync(rabbit.AmqpUri, databases, data.Path);
await RawRoundTrip.RoundTripsPerSecondAsync(rabbit.AmqpUri, 2_000, sizes, 100, limit);
var warmup = await RunFlowAsync("warm", WarmupRequests);
Console.WriteLine($"warm-up: {WarmupRequests} requests in {warmup.Drain.TotalSeconds:F1} s");
Console.WriteLine();
Console.WriteLine("round | load (1-min) | raw round trips/s | drain s (first sent; outbox sent; tasks answered) | tasks/s | of raw | from first sent: tasks/s, of raw");
var results = new List<(int Round, double Share, string Line)>();
var resources = new List<string>();

for (var round = 1; round <= rounds; round++)
{
    var load = LoadAverage.OneMinute();
    var raw = await RawRoundTrip.RoundTripsPerSecondAsync(rabbit.AmqpUri, RawRoundTrips, sizes, 100, limit);
    var flow = await RunFlowAsync($"r{round}", requests);
    var tasks = requests * StoresPerRequest;
    var rate = tasks / flow.Drain.TotalSeconds;
    var fromPickUp = tasks / (flow.Drain - flow.PickedUp).TotalSeconds;
    var line = $"{round,5} | {load,4:F1} → {LoadAverage.OneMinute(),-5:F1} | {raw,17:F0} | {flow.Drain.TotalSeconds,6:F1} ({flow.PickedUp.TotalSeconds:F1}; {flow.OutboxSent.TotalSeconds:F1}; {flow.Answered.TotalSeconds:F1}) | {rate,7:F0} | {100 * rate / raw,5:F1}% | {fromPickUp,5:F0}, {100 * fromPickUp / raw,4:F1}%";
    Console.WriteLine(line + (flow.Faulted > 0 ? $" ({flow.Faulted} faulted)" : ""));
    results.Add((round, rate / raw, line));
    resources.Add($"{round,5} | {flow.After.CpuPerTask(flow.Before, tasks, onPostgreSql)} | {flow.After.Peaks(onPostgreSql)}");
}

Console.WriteLine();
Console.WriteLine($"round | CPU ms per task ({ProcessSample.Header(onPostgreSql)}) | peak working set MB so far ({ProcessSample.Header(onPostgreSql)})");
resources.ForEach(Console.WriteLine);
var ordered = results.OrderByDescending(r => r.Share).ToList();
Console.WriteLine();
Console.WriteLine($"best:  {ordered[0].Line}");
Console.WriteLine($"worst: {ordered[^1].Line}");
Console.WriteLine(onPostgreSql ? "goal: >= 25% of raw; no process > 512 MB" : "goal: >= 40% of raw and drained < 15 s; no process > 512 MB");

async Task<FlowRun> RunFlowAsync(string prefix, int count)
{
    var accounts = Enumerable.Range(0, count).Select(i => $"flow-{prefix}-{i:D5}").ToList();
    await VerifiedDeletions.SeedAccountsAsync(databases, accounts);
    var before = ProcessSample.Take(apps.WebPid, apps.StoresPid, postmasterPid);
    var since = DateTime.UtcNow;
    await VerifiedDeletions.ReleaseAsync(databases, accounts);
    var clock = Stopwatch.StartNew();
    TimeSpan? pickedUp = null, outboxSent = null, answered = null;
    while (true)
    {
        var progress = await VerifiedDeletions.ProgressAsync(databases, since);
        // The relay of another process learns of the commit at its next poll (up to 250 ms); a verification committed in the
        // web host wakes it at once. Timed from the first row sent as well, so both figures can be read.
        if (progress.UnsentOutbox < count * StoresPerRequest) pickedUp ??= clock.Elapsed;
        if (progress.UnsentOutbox == 0) outboxSent ??= clock.Elapsed;
        if (progress.PendingTasks == 0) answered ??= clock.Elapsed;
        if (progress.InDirectoryWait + progress.Faulted >= count)
            return new FlowRun(clock.Elapsed, pickedUp ?? TimeSpan.Zero, outboxSent ?? clock.Elapsed, answered ?? clock.Elapsed, progress.Faulted, before,
                ProcessSample.Take(apps.WebPid, apps.StoresPid, postmasterPid));
        if (clock.Elapsed > limit) throw new TimeoutException($"after {limit}: {progress}");
        await Task.Delay(100);
    }
}

// Under a heavy load (other builds on the 2 shared cores) the node can miss its start timeout: try again.
static async Task<RabbitMqNode> StartBrokerAsync()
{
    for (var attempt = 1; ; attempt++)
    {
        try
        {
            return await RabbitMqNode.StartNewAsync();
        }
        catch (InvalidOperationException) when (attempt < 4)
        {
            Console.WriteLine($"RabbitMQ node did not start (attempt {attempt}); trying again");
        }
    }
}

static async Task<int> PostmasterPidAsync(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
    var backend = (int)(await command.ExecuteScalarAsync())!;
    var stat = await File.ReadAllTextAsync($"/proc/{backend}/stat");
    return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
}

/// <summary>One release: drain time (commit to the last instance in the directory wait), when the relay sent its first row, when the outbox was empty and every task answered.</summary>
sealed record FlowRun(TimeSpan Drain, TimeSpan PickedUp, TimeSpan OutboxSent, TimeSpan Answered, int Faulted, ProcessSample Before, ProcessSample After);
