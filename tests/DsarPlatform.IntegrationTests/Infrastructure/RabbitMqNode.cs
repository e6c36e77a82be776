using System.Diagnostics;

namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// A private RabbitMQ node from Debian's <c>rabbitmq-server</c>, on free loopback ports, with its
/// data, logs, cookie and its own <c>epmd</c> in a temp folder. <see cref="StopAsync"/> and
/// <see cref="StartAsync"/> may alternate (same node name, same data), to test broker outages.
/// <code>
/// await using var rabbit = await RabbitMqNode.StartNewAsync();
/// config["ConnectionStrings:RabbitMq"] = rabbit.AmqpUri.ToString();
/// </code>
/// </summary>
public sealed class RabbitMqNode : IAsyncDisposable
{
    public const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    const string Epmd = "/usr/bin/epmd";

    readonly TempFolder folder = new("rabbitmq");
    readonly string nodeName = $"dsar{Guid.NewGuid():N}"[..16] + "@localhost";
    readonly int distributionPort = FreePort.Next();
    readonly int epmdPort = FreePort.Next();
    ProcessGroup? epmd;
    ProcessGroup? server;
    int disposed;

    RabbitMqNode()
    {
        Port = FreePort.Next();
        File.WriteAllText(folder.Combine("enabled_plugins"), "[].\n");
        // Test machines often have little free disk; the default limit would block publishers.
        File.WriteAllText(folder.Combine("rabbitmq.conf"), "disk_free_limit.absolute = 10MB\n");
        File.WriteAllText(folder.Combine("rabbitmq-env.conf"), "");
    }

    /// <summary>The AMQP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary><c>amqp://guest:guest@127.0.0.1:PORT/</c> (guest may log in over loopback).</summary>
    public Uri AmqpUri => new($"amqp://guest:guest@127.0.0.1:{Port}/");

    public bool IsRunning => server is { HasExited: false };

    /// <summary>How long the last <see cref="StartAsync"/> took until the AMQP port answered.</summary>
    public TimeSpan LastStartDuration { get; private set; }

    /// <summary>The node's console output so far (its detailed log is under the temp folder's log/).</summary>
    public string OutputTail => server?.Tail() ?? "";

    /// <summary>Checks the binaries (ignore or fail, see <see cref="RequiredBinary"/>) and starts a node.</summary>
    public static async Task<RabbitMqNode> StartNewAsync(CancellationToken cancellationToken = default)
    {
        RequiredBinary.Check(ServerScript, "rabbitmq-server");
        var node = new RabbitMqNode();
        try
        {
            await node.StartAsync(cancellationToken);
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the node (again) and returns once its AMQP port accepts connections.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed == 1, this);
        if (IsRunning) return;
        var clock = Stopwatch.StartNew();
        await StartEpmdAsync();
        if (server is not null) await server.DisposeAsync();
        server = ProcessGroup.Start(ServerScript, [], folder.Path, folder.Combine("console.log"), ServerEnvironment());
        var open = await FreePort.WaitUntilOpenAsync(Port, TimeSpan.FromSeconds(60), () => server.HasExited || cancellationToken.IsCancellationRequested);
        cancellationToken.ThrowIfCancellationRequested();
        if (!open)
            throw new InvalidOperationException($"RabbitMQ did not open port {Port} (exit code {server.ExitCode}):\n{server.Tail()}");
        LastStartDuration = clock.Elapsed;
    }

    /// <summary>Stops the node gracefully (SIGTERM to its process group, SIGKILL after 10 s); keeps its data.</summary>
    public async Task StopAsync()
    {
        if (server is null) return;
        await server.DisposeAsync();
        server = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        try
        {
            await StopAsync();
            if (epmd is not null) await epmd.DisposeAsync();
        }
        finally
        {
            folder.Dispose();
        }
    }

    // The node's own epmd on its own port: a shared one (port 4369) would be left running, and
    // stopping it could break other nodes; this one is ours to stop by pid.
    async Task StartEpmdAsync()
    {
        if (epmd is { HasExited: false }) return;
        epmd = ProcessGroup.Start(Epmd, ["-port", epmdPort.ToString(), "-address", "127.0.0.1"],
            folder.Path, folder.Combine("epmd.log"));
        if (!await FreePort.WaitUntilOpenAsync(epmdPort, TimeSpan.FromSeconds(10), () => epmd.HasExited))
            throw new InvalidOperationException($"epmd did not open port {epmdPort}:\n{epmd.Tail()}");
    }

    Dictionary<string, string?> ServerEnvironment() => new()
    {
        ["HOME"] = folder.Path,
        ["RABBITMQ_NODENAME"] = nodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Port.ToString(),
        ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(),
        ["ERL_EPMD_PORT"] = epmdPort.ToString(),
        ["RABBITMQ_MNESIA_BASE"] = folder.Combine("mnesia"),
        ["RABBITMQ_LOG_BASE"] = folder.Combine("log"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = folder.Combine("enabled_plugins"),
        ["RABBITMQ_PID_FILE"] = folder.Combine("rabbitmq.pid"),
        ["RABBITMQ_CONFIG_FILE"] = folder.Combine("rabbitmq.conf"),
        ["RABBITMQ_CONF_ENV_FILE"] = folder.Combine("rabbitmq-env.conf"),
    };
}
