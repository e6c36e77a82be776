using System.Diagnostics;
using Npgsql;

namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// A private PostgreSQL 15 cluster (initdb + pg_ctl) in a temp folder, listening on a free port
/// on 127.0.0.1 with its unix socket in that folder; superuser <c>dsar</c>, trust authentication.
/// As root the tools run as <c>postgres</c> through runuser, since initdb refuses root.
/// <code>
/// await using var pg = await PostgresCluster.StartNewAsync();
/// var connectionString = await pg.CreateDatabaseAsync("workflows");
/// </code>
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    public const string BinFolder = "/usr/lib/postgresql/15/bin";
    const string RunUser = "/usr/sbin/runuser";
    const string ServiceUser = "postgres";
    const string Superuser = "dsar";

    readonly TempFolder folder = new("postgres");
    IDisposable? leftover;
    int disposed;

    PostgresCluster() => Port = FreePort.Next();

    public int Port { get; }

    /// <summary>Connection string for the <c>postgres</c> maintenance database.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    /// <summary>How long initdb plus start took.</summary>
    public TimeSpan StartDuration { get; private set; }

    string DataFolder => folder.Combine("data");

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = database,
    }.ConnectionString;

    /// <summary>Checks the binaries (ignore or fail, see <see cref="RequiredBinary"/>), runs initdb and starts the server.</summary>
    public static async Task<PostgresCluster> StartNewAsync(CancellationToken cancellationToken = default)
    {
        RequiredBinary.Check(Path.Combine(BinFolder, "initdb"), "postgresql-15");
        var cluster = new PostgresCluster();
        try
        {
            await cluster.StartAsync(cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates a database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        // Identifiers cannot be parameters: quote it the way PostgreSQL does.
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionStringFor(name);
    }

    /// <summary>Stops the server with <c>pg_ctl -m fast stop</c>, or SIGKILL to the postmaster if that fails.</summary>
    public async Task StopAsync()
    {
        if (leftover is null) return;
        try
        {
            await PgToolAsync("pg_ctl", ["-D", DataFolder, "-m", "fast", "-w", "-t", "20", "stop"]);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            var pid = PostmasterPid();
            if (pid is not null) Posix.Signal(pid.Value, Posix.SigKill);
        }
        leftover.Dispose();
        leftover = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        try
        {
            await StopAsync();
        }
        finally
        {
            folder.Dispose();
        }
    }

    async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (Posix.IsRoot)
            await Command.RunAsync("/bin/chown", [$"{ServiceUser}:{ServiceUser}", folder.Path], TimeSpan.FromSeconds(10));
        cancellationToken.ThrowIfCancellationRequested();
        await PgToolAsync("initdb", ["-D", DataFolder, "-A", "trust", "-U", Superuser, "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
        cancellationToken.ThrowIfCancellationRequested();
        // Throwaway data: durability settings off for speed.
        var serverOptions = $"-p {Port} -k {folder.Path} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        try
        {
            await PgToolAsync("pg_ctl", ["-D", DataFolder, "-o", serverOptions, "-l", folder.Combine("server.log"), "-w", "-t", "60", "start"]);
        }
        finally
        {
            // pg_ctl detaches the postmaster into its own session: remember how to kill it.
            leftover = Leftovers.Register(() =>
            {
                var pid = PostmasterPid();
                if (pid is not null) Posix.Signal(pid.Value, Posix.SigQuit);
            });
        }
        StartDuration = clock.Elapsed;
    }

    int? PostmasterPid()
    {
        var pidFile = Path.Combine(DataFolder, "postmaster.pid");
        try
        {
            return File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    Task<string> PgToolAsync(string tool, string[] arguments)
    {
        var path = Path.Combine(BinFolder, tool);
        var timeout = TimeSpan.FromSeconds(90);
        return Posix.IsRoot
            ? Command.RunAsync(RunUser, ["-u", ServiceUser, "--", path, .. arguments], timeout)
            : Command.RunAsync(path, arguments, timeout);
    }
}
