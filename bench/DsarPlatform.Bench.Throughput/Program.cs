using DsarPlatform.Bench.Throughput;
using DsarPlatform.Contracts;
using DsarPlatform.IntegrationTests.Infrastructure;

// Bounded counts and a time limit per phase; everything runs on loopback and is stopped by pid at the end.
const int RawMessages = 20_000;
const int Tasks = 2_000;
const int Warmup = 100;
var limit = TimeSpan.FromSeconds(120);

await using var rabbit = await RabbitMqNode.StartNewAsync();
using var data = new TempFolder("bench");
Console.WriteLine($"RabbitMQ node up in {rabbit.LastStartDuration.TotalSeconds:F1} s on port {rabbit.Port}; {Environment.ProcessorCount} cores");

await RawRoundTrip.MessagesPerSecondAsync(rabbit.AmqpUri, 2_000, limit);
var raw = await RawRoundTrip.MessagesPerSecondAsync(rabbit.AmqpUri, RawMessages, limit);
Console.WriteLine($"(a) raw RabbitMQ.Client publish+consume, persistent 64 B, confirms, prefetch 100: {raw:F0} msg/s ({RawMessages} messages)");

await using var stores = new StoreTaskRoundTrip(rabbit.AmqpUri, data.Path, sendersInFlight: 100);
await stores.StartAsync(Warmup + Tasks);
EraseSubjectData Erase(int i, int offset) => new(Guid.NewGuid(), Guid.NewGuid(), StoreTaskRoundTrip.AccountId(offset + i));
CheckDirectoryListing Check(int i) => new(Guid.NewGuid(), Guid.NewGuid(), StoreTaskRoundTrip.AccountId(i));

await stores.TasksPerSecondAsync(StoreNames.Billing, Warmup, i => Erase(i, 0), limit);
await stores.TasksPerSecondAsync(StoreNames.Directory, Warmup, Check, limit);
var erase = await stores.TasksPerSecondAsync(StoreNames.Billing, Tasks, i => Erase(i, Warmup), limit);
var check = await stores.TasksPerSecondAsync(StoreNames.Directory, Tasks, Check, limit);
Console.WriteLine($"(b) end-to-end store tasks over MassTransit, SQLite stores in-process, reply received:");
Console.WriteLine($"    billing erase:           {erase:F0} tasks/s ({Tasks} tasks)  = {100 * erase / raw:F1}% of raw");
Console.WriteLine($"    directory listing check: {check:F0} tasks/s ({Tasks} tasks)  = {100 * check / raw:F1}% of raw");
Console.WriteLine($"    goal: >= 25% of raw");
