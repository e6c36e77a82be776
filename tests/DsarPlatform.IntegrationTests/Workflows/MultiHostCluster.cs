using DsarPlatform.Contracts;
using DsarPlatform.IntegrationTests.Infrastructure;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// Production's shape for the multi-host test: web hosts and store workers (the built apps as processes) on one private
/// PostgreSQL cluster (workflow database, Hangfire's schedule, the four stores) and one private RabbitMQ node, mail to
/// an SMTP sink, every host sharing one data folder. Processes are started, killed and stopped by id.
/// </summary>
public sealed class MultiHostCluster : IAsyncDisposable
{
    public const string Agent = "agent@dsar.local";
    public const string AgentPassword = "Agent-Demo-2026!";

    readonly List<IAsyncDisposable> owned = [];
    readonly Dictionary<string, string> connections = [];
    readonly string payloadKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    RabbitMqNode rabbit = null!;
    TempFolder data = null!;

    MultiHostCluster(TimeSpan propagationDelay) => PropagationDelay = propagationDelay;

    /// <summary>The directory store's delay before a removal counts as propagated (shortened from days).</summary>
    public TimeSpan PropagationDelay { get; }
    public List<MultiHostWebHost> Web { get; } = [];
    public List<AppProcess> Stores { get; } = [];
    public SmtpSink Smtp { get; private set; } = null!;

    /// <summary>The connection string of the workflow database (<c>dsar</c>) or of a store (<see cref="StoreNames"/>).</summary>
    public string ConnectionString(string database) => connections[database];

    /// <summary>Starts PostgreSQL, RabbitMQ and the SMTP sink side by side and creates the databases (no host yet).</summary>
    public static async Task<MultiHostCluster> StartAsync(TimeSpan propagationDelay)
    {
        RequiredBinary.Check(RabbitMqNode.ServerScript, "rabbitmq-server");
        var cluster = new MultiHostCluster(propagationDelay);
        try
        {
            var postgres = PostgresCluster.StartNewAsync();
            var rabbit = RabbitMqNode.StartNewAsync();
            var smtp = SmtpSink.StartNewAsync();
            var server = await postgres;
            cluster.owned.Add(server);
            cluster.rabbit = await rabbit;
            cluster.owned.Add(cluster.rabbit);
            cluster.Smtp = await smtp;
            cluster.owned.Add(cluster.Smtp);
            cluster.data = new TempFolder("multihost");
            // Pools sized under the server's 100 connections, as a deployment would: 2 web hosts x 16, 2 workers x 4 stores x 5.
            cluster.connections["dsar"] = await server.CreateDatabaseAsync("dsar") + ";Maximum Pool Size=16";
            foreach (var store in StoreNames.All) cluster.connections[store] = await server.CreateDatabaseAsync(store) + ";Maximum Pool Size=5";
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async Task<AppProcess> StartStoresAsync()
    {
        var environment = Common();
        environment["Stores__Directory__PropagationDelay"] = PropagationDelay.ToString("c");
        environment["Stores__Provider"] = "PostgreSql";
        foreach (var store in StoreNames.All) environment[$"ConnectionStrings__{store}"] = connections[store];
        var stores = AppProcess.Start(BuiltApp.Stores, environment);
        await stores.WaitForLineAsync("Application started", TimeSpan.FromSeconds(90));
        return stores;
    }

    public async Task<MultiHostWebHost> StartWebAsync()
    {
        var address = $"http://127.0.0.1:{FreePort.Next()}";
        var environment = Common();
        environment["ASPNETCORE_URLS"] = address;
        environment["Email__PublicBaseUrl"] = address;
        environment["Email__SmtpHost"] = Smtp.Host;
        environment["Email__SmtpPort"] = Smtp.Port.ToString();
        environment["Database__Provider"] = "PostgreSql";
        environment["ConnectionStrings__dsar"] = connections["dsar"];
        environment["Security__RateLimits__PublicPostsPerWindow"] = "100000";
        environment["Security__RateLimits__StaffPostsPerWindow"] = "100000";
        // One failed staff sign-in makes the next try from its address wait 5 s, on every host (MultiHostTests checks it).
        environment["Staff__SignInThrottle__FreeFailures"] = "0";
        environment["Staff__SignInThrottle__FirstDelay"] = "00:00:05";
        environment["Workflows__SweepCron"] = "*/5 * * * * *";
        environment["Workflows__SchedulePollingInterval"] = "00:00:01";
        var process = AppProcess.Start(BuiltApp.Web, environment);
        await process.WaitForHttpAsync(address + "/", TimeSpan.FromSeconds(90));
        var host = new MultiHostWebHost(process, new Uri(address));
        await host.Api.SignInAsync(Agent, AgentPassword);
        return host;
    }

    /// <summary>SIGKILL to the last web host and the first store worker (by process id), then both start again.</summary>
    public async Task KillAndRestartAsync(Action<string> progress)
    {
        var web = Web[^1];
        var stores = Stores[0];
        progress($"SIGKILL web host {web.Process.Id} and store worker {stores.Id}");
        await Task.WhenAll(web.Process.KillAsync(), stores.KillAsync());
        Stores[0] = await StartStoresAsync();
        Web[^1] = await StartWebAsync();
        await web.DisposeAsync();
        await stores.DisposeAsync();
    }

    /// <summary>The last lines each host wrote, for a failure message.</summary>
    public string LogTails() =>
        string.Join("\n", Web.Select(w => $"web {w.Process.LogPath}:\n{w.Process.LogTail(15)}")) +
        string.Join("\n", Stores.Select(s => $"stores {s.LogPath}:\n{s.LogTail(15)}"));

    Dictionary<string, string?> Common() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["DataFolder"] = data.Path, // every host shares it: keys, exports, packages, the development clock
        ["ExportDrop"] = data.Combine("exports"),
        ["Bus__Transport"] = "RabbitMq",
        ["Bus__PayloadKey"] = payloadKey,
        ["ConnectionStrings__RabbitMq"] = rabbit.AmqpUri.ToString(),
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Web) await host.DisposeAsync();
        foreach (var store in Stores) await store.DisposeAsync();
        for (var i = owned.Count - 1; i >= 0; i--) await owned[i].DisposeAsync();
        data?.Dispose();
    }
}
