using System.Diagnostics;
using System.Globalization;
using DsarPlatform.Bench.Mail;
using DsarPlatform.Bench.Throughput;
using DsarPlatform.Hosting;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Data.AtRest;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// [sqlite|postgres|both] [emails] [rounds]: queues `emails` emails about open requests, then times the product's
// MailDispatcher (resolved as the host registers it, over SMTP to a local aiosmtpd) until every one is marked sent.
var engines = args.Length > 0 && args[0] != "both" ? [args[0]] : new[] { "sqlite", "postgres" };
var emails = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;

Console.WriteLine($"{Environment.ProcessorCount} cores; {emails:N0} emails per round, {rounds} rounds");
await using var sink = await MailSink.StartAsync();
foreach (var engine in engines)
{
    using var folder = new TempFolder("bench-mail");
    await using var cluster = engine == "postgres" ? await PostgresCluster.StartNewAsync() : null;
    var connectionString = cluster is null
        ? new SqliteConnectionStringBuilder { DataSource = folder.Combine("dsar.db"), Pooling = true }.ToString()
        : await cluster.CreateDatabaseAsync("dsar");
    await using var services = Services(engine, connectionString, sink.Port);
    Console.WriteLine($"\n{engine}:");
    for (var round = 1; round <= rounds; round++)
    {
        await QueueAsync(services, emails);
        var receivedBefore = sink.Received();
        var load = LoadAverage.OneMinute();
        var watch = Stopwatch.StartNew();
        var sent = 0;
        while (sent < emails)
        {
            await using var scope = services.CreateAsyncScope();
            var delivered = await scope.ServiceProvider.GetRequiredService<MailDispatcher>().DeliverPendingAsync(CancellationToken.None);
            if (delivered == 0) throw new InvalidOperationException($"Only {sent} of {emails} were sent.");
            sent += delivered;
        }
        var elapsed = watch.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"round {round}: {emails / elapsed.TotalSeconds,8:N0} emails/s ({elapsed.TotalSeconds:F1} s; load {load:F2} → {LoadAverage.OneMinute():F2}); " +
            $"sink got {sink.Received() - receivedBefore}"));
    }
}

// What AddWorkflows and AddDsarDatabase register for delivering email, on one engine.
static ServiceProvider Services(string engine, string connectionString, int smtpPort)
{
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddSingleton(AtRestKeys.Random());
    services.AddSingleton(TimeProvider.System);
    var gate = new SqliteSaveGate();
    services.AddDbContext<DsarDbContext>(options =>
    {
        if (engine == "sqlite")
            options.UseSqlite(connectionString, o => o.MigrationsAssembly("DsarPlatform.Migrations.Sqlite")).AddInterceptors(SqlitePragmas.Workflow, gate);
        else options.UseNpgsql(connectionString, o => o.MigrationsAssembly("DsarPlatform.Migrations.PostgreSql"));
    });
    services.Configure<EmailOptions>(o => (o.SmtpHost, o.SmtpPort) = ("127.0.0.1", smtpPort));
    services.AddSingleton<IMailTransport, SmtpMailTransport>();
    services.AddSingleton<DatabaseCheckpoint>();
    services.AddSingleton<MailDispatchGate>();
    services.AddScoped<MailDispatcher>();
    var provider = services.BuildServiceProvider();
    using var scope = provider.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
    db.Database.Migrate();
    if (engine == "sqlite") db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    return provider;
}

// A reply-sized email each, about one open request (so the dispatcher looks the request up as it does in production).
static async Task QueueAsync(ServiceProvider services, int count)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
    var now = DateTime.UtcNow;
    var requests = Enumerable.Range(0, count).Select(i => new DsarRequest
    {
        Reference = RequestReference.New(), Channel = "bench", SubmittedEmail = $"person{i}@example.com", SubmittedName = "Bench Person",
    }).ToList();
    db.Requests.AddRange(requests);
    foreach (var request in requests)
        MailQueue.AddTo(db, request.Id, request.SubmittedEmail, "reply", new EmailContent("Your deletion request " + request.Reference,
            string.Concat(Enumerable.Repeat("We have deleted your data from our systems. ", 30)),
            "<p>" + string.Concat(Enumerable.Repeat("We have deleted your data from our systems. ", 30)) + "</p>"), now);
    await db.SaveChangesAsync();
}
