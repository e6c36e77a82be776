using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using DsarPlatform.Bench.Throughput;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Data.AtRest;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// [sqlite|postgres|both] [entries]: appends journal rows (each queues its chain entry in the same save, as the
// workflow does), seals them as the hosted sealer does, signs a checkpoint, then verifies the whole chain.
var engines = args.Length > 0 && args[0] != "both" ? [args[0]] : new[] { "sqlite", "postgres" };
var entries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
const int RowsPerSave = 500, SealBatch = 1000;

Console.WriteLine($"{Environment.ProcessorCount} cores; {entries:N0} entries; {RowsPerSave} journal rows per save, {SealBatch} entries per seal");
foreach (var engine in engines)
{
    using var folder = new TempFolder("bench-audit");
    await using var cluster = engine == "postgres" ? await PostgresCluster.StartNewAsync() : null;
    var connectionString = cluster is null
        ? new SqliteConnectionStringBuilder { DataSource = folder.Combine("dsar.db"), Pooling = true }.ToString()
        : await cluster.CreateDatabaseAsync("dsar");
    var keys = AtRestKeys.Random();
    DsarDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<DsarDbContext>();
        if (engine == "sqlite") options.UseSqlite(connectionString, o => o.MigrationsAssembly("DsarPlatform.Migrations.Sqlite"));
        else options.UseNpgsql(connectionString, o => o.MigrationsAssembly("DsarPlatform.Migrations.PostgreSql"));
        return new DsarDbContext(options.Options, keys);
    }

    var request = new DsarRequest { Reference = RequestReference.New(), Channel = "bench", SubmittedEmail = "bench@example.com", SubmittedName = "Bench" };
    await using (var db = NewContext())
    {
        await db.Database.MigrateAsync();
        db.Requests.Add(request);
        await db.SaveChangesAsync();
    }
    Console.WriteLine($"\n{engine}:");

    var load = LoadAverage.OneMinute();
    var watch = Stopwatch.StartNew();
    for (var written = 0; written < entries; written += RowsPerSave)
    {
        await using var db = NewContext();
        for (var i = written; i < Math.Min(entries, written + RowsPerSave); i++)
            db.Journal.Append(request.Id, Guid.Empty, "bench-step", "BenchEvent", "system", "System", DateTime.UtcNow, $"n={i}");
        await db.SaveChangesAsync();
    }
    Report("append (journal row + pending entry)", entries, watch.Elapsed, load);

    load = LoadAverage.OneMinute();
    watch.Restart();
    await using (var db = NewContext()) await AuditSealer.SealAllAsync(db, TimeProvider.System, SealBatch);
    Report("seal (number + hash, head advanced)", entries, watch.Elapsed, load);

    var key = new AuditSigningKey(RandomNumberGenerator.GetBytes(32), null);
    var checkpoints = new AuditCheckpointFolder(folder.Combine("checkpoints"));
    await using (var db = NewContext()) await new AuditCheckpoints(key, checkpoints, TimeProvider.System).MakeAsync(db);

    load = LoadAverage.OneMinute();
    watch.Restart();
    AuditVerification result;
    await using (var db = NewContext()) result = await new AuditVerifier(key, checkpoints).VerifyAsync(db);
    Report("verify (chain, checkpoint, journal rows)", entries, watch.Elapsed, load);
    Console.WriteLine(result.Summary);
}

static void Report(string phase, int count, TimeSpan elapsed, double loadBefore) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{phase,-42} {count / elapsed.TotalSeconds,10:N0} entries/s  ({elapsed.TotalSeconds:F1} s; load {loadBefore:F2} → {LoadAverage.OneMinute():F2})"));
