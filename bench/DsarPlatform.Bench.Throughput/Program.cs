using DsarPlatform.Bench.Throughput;
using DsarPlatform.Contracts;
using DsarPlatform.IntegrationTests.Infrastructure;

// Bounded counts and a time limit per phase; everything runs on loopback and is stopped by pid at the end.
// Several rounds, each measuring the raw baseline and the store tasks back to back, so every ratio compares
// figures taken under the same machine load (the load average is printed with each round).
var rounds = args.Length > 0 ? int.Parse(args[0]) : 3;
// "postgresql" as the second argument puts the stores on a private PostgreSQL cluster (no single writer).
var onPostgreSql = args.Length > 1 && args[1].Equals("postgresql", StringComparison.OrdinalIgnoreCase);
const int RawRoundTrips = 10_000;
const int Tasks = 2_000;
// Long enough for tiered JIT to reach its optimised code: with 200 the first round still ran at twice the CPU per task.
const int Warmup = 1_000;
const ushort Concurrency = 100;
var limit = TimeSpan.FromSeconds(120);

await using var rabbit = await RabbitMqNode.StartNewAsync();
using var data = new TempFolder("bench");
Console.WriteLine($"RabbitMQ node up in {rabbit.LastStartDuration.TotalSeconds:F1} s on port {rabbit.Port}; {Environment.ProcessorCount} cores");

await using var postgres = onPostgreSql ? await PostgresCluster.StartNewAsync() : null;
var storeSettings = new Dictionary<string, string?>();
if (postgres is not null)
{
    storeSettings["Stores:Provider"] = "PostgreSql";
    foreach (var store in StoreNames.All) storeSettings[$"ConnectionStrings:{store}"] = await postgres.CreateDatabaseAsync(store);
}
Console.WriteLine($"Stores on {(postgres is null ? "SQLite" : "PostgreSQL")}");

await using var stores = new StoreTaskRoundTrip(rabbit.AmqpUri, data.Path, sendersInFlight: 100, storeSettings);
await stores.StartAsync(Warmup + rounds * Tasks);
var erased = 0;
EraseSubjectData Erase(int i) => new(Guid.NewGuid(), Guid.NewGuid(), StoreTaskRoundTrip.AccountId(erased + i));
CheckDirectoryListing Check(int i) => new(Guid.NewGuid(), Guid.NewGuid(), StoreTaskRoundTrip.AccountId(i));

await stores.TasksPerSecondAsync(StoreNames.Billing, Warmup, Erase, limit);
erased += Warmup;
await stores.TasksPerSecondAsync(StoreNames.Directory, Warmup, Check, limit);
await stores.TasksPerSecondAsync(NoOpStoreConsumer.Queue, Warmup, Check, limit);
await RawRoundTrip.RoundTripsPerSecondAsync(rabbit.AmqpUri, 2_000, stores.Sizes, Concurrency, limit);
Console.WriteLine($"MassTransit bodies: task {stores.Sizes.Request} B, reply {stores.Sizes.Reply} B (the raw round trip sends the same sizes)");
Console.WriteLine();
Console.WriteLine("round | load (1-min) | raw round trips/s | bus alone (no-op store) | billing erase | directory check");
var cpu = new List<string>();

for (var round = 1; round <= rounds; round++)
{
    var load = LoadAverage.OneMinute();
    var start = CpuTime.Now();
    var raw = await RawRoundTrip.RoundTripsPerSecondAsync(rabbit.AmqpUri, RawRoundTrips, stores.Sizes, Concurrency, limit);
    var afterRaw = CpuTime.Now();
    var noOp = await stores.TasksPerSecondAsync(NoOpStoreConsumer.Queue, Tasks, Check, limit);
    var afterNoOp = CpuTime.Now();
    var erase = await stores.TasksPerSecondAsync(StoreNames.Billing, Tasks, Erase, limit);
    erased += Tasks;
    var afterErase = CpuTime.Now();
    var check = await stores.TasksPerSecondAsync(StoreNames.Directory, Tasks, Check, limit);
    var afterCheck = CpuTime.Now();
    cpu.Add($"{round,5} | {(afterRaw - start).PerUnit(RawRoundTrips),13} | {(afterNoOp - afterRaw).PerUnit(Tasks),13} | {(afterErase - afterNoOp).PerUnit(Tasks),13} | {(afterCheck - afterErase).PerUnit(Tasks),13}");
    string Share(double rate) => $"{rate,5:F0}/s = {100 * rate / raw,4:F1}%";
    Console.WriteLine($"{round,5} | {load,4:F1} → {LoadAverage.OneMinute(),-5:F1} | {raw,17:F0} | {Share(noOp),23} | {Share(erase)} | {Share(check)}");
}
Console.WriteLine("goal: store tasks >= 25% of the raw round trip");
Console.WriteLine();
Console.WriteLine("CPU ms per round trip or task, this process + the broker:");
Console.WriteLine("round |           raw |     bus alone | billing erase | directory check");
cpu.ForEach(Console.WriteLine);
