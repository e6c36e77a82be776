using System.Globalization;
using DsarPlatform.Bench.Intake;
using DsarPlatform.Bench.Throughput;
using DsarPlatform.IntegrationTests.Infrastructure;

// `floor <port> <folder>`: this process is the floor server the bench started (its own process, not the bench's).
if (args is ["floor", var floorPort, var floorFolder])
{
    await FloorApi.RunAsync(int.Parse(floorPort, CultureInfo.InvariantCulture), floorFolder);
    return;
}

// [rounds [seconds]]: each round loads the floor and the product with the same wrk settings, back to back, the
// order alternating, so each ratio compares figures taken under the same machine load (printed beside them).
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var duration = TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10);
// Long enough for tiered JIT to settle at the product's rate: with 5 s its CPU per request still fell 17 → 8 → 5 ms over three rounds.
var warmup = TimeSpan.FromSeconds(15);
var wrk = Wrk.Require();
var run = Guid.NewGuid().ToString("N")[..8];

using var data = new TempFolder("bench-intake");
await using var floor = await Target.StartFloorAsync(data.Combine("floor"));
await using var product = await Target.StartProductAsync(data.Combine("product"));
Console.WriteLine($"{Environment.ProcessorCount} cores; wrk {Wrk.Settings} -d{duration.TotalSeconds}s, Lua body: deletion for an unknown account");
Console.WriteLine($"floor   {floor.IntakeUrl} (bare minimal API, three rows in one SQLite WAL transaction)");
Console.WriteLine($"product {product.IntakeUrl} (src/DsarPlatform.Web, Production, embedded default, demo data)");
foreach (var target in new[] { floor, product })
{
    var warm = await Wrk.RunAsync(wrk, target.IntakeUrl, warmup, $"{run}w{target.Name[0]}");
    Console.WriteLine($"warm-up {target.Name}: {warm.RequestsPerSecond:F0}/s, non-2xx {warm.Non2xx}");
}

Console.WriteLine();
Console.WriteLine("round | target  | load (1-min) | requests/s |  p50 ms |  p99 ms | non-2xx | CPU ms/req | socket errors");
var ratios = new List<(int Round, double Ratio, bool Clean)>();
for (var round = 1; round <= rounds; round++)
{
    var rates = new Dictionary<string, WrkResult>();
    foreach (var target in round % 2 == 1 ? new[] { floor, product } : [product, floor])
    {
        var load = LoadAverage.OneMinute();
        var cpu = target.CpuSeconds();
        var result = await Wrk.RunAsync(wrk, target.IntakeUrl, duration, $"{run}r{round}{target.Name[0]}");
        var cpuPerRequest = (target.CpuSeconds() - cpu) * 1000 / Math.Max(1, result.Requests);
        rates[target.Name] = result;
        var non2xx = result.Non2xx == 0 ? "0" : $"{result.Non2xx} NOT 2xx";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{round,5} | {target.Name,-7} | {load,4:F2} → {LoadAverage.OneMinute(),-5:F2} | {result.RequestsPerSecond,10:F0} | {result.P50Ms,7:F2} | {result.P99Ms,7:F2} | {non2xx,7} | {cpuPerRequest,10:F2} | {result.SocketErrors}"));
    }
    var ratio = rates["product"].RequestsPerSecond / rates["floor"].RequestsPerSecond;
    var clean = rates.Values.All(r => r.Non2xx == 0);
    ratios.Add((round, ratio, clean));
    Console.WriteLine($"{round,5} | product/floor = {100 * ratio:F1}%{(clean ? "" : " (round had non-2xx answers)")}");
}

var best = ratios.MaxBy(r => r.Ratio);
var worst = ratios.MinBy(r => r.Ratio);
Console.WriteLine();
Console.WriteLine($"product/floor: best {100 * best.Ratio:F1}% (round {best.Round}), worst {100 * worst.Ratio:F1}% (round {worst.Round})"
                  + (ratios.All(r => r.Clean) ? "" : "; some rounds had non-2xx answers (marked above)"));
Console.WriteLine("goal: product >= 25% of the floor, product p99 < 50 ms at 32 connections");
