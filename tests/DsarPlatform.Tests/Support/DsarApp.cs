using DsarPlatform.Hosting;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DsarPlatform.Tests.Support;

/// <summary>
/// The whole product in-process, as the embedded default runs it (SQLite files, in-memory bus, stores
/// in-process, pickup-folder mail), on a fake clock and a temporary data folder that a second instance
/// can reopen to simulate a restart.
/// </summary>
public sealed class DsarApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 2, 17, 0, 0, TimeSpan.Zero);

    readonly IReadOnlyDictionary<string, string?> _settings;
    readonly Action<IWebHostBuilder>? _configure;

    /// <param name="settings">Extra configuration, e.g. <c>Security:RateLimits:PublicPostsPerWindow</c> to prove a limit.</param>
    /// <param name="configure">More host set-up, e.g. a logging provider that captures lines.</param>
    public DsarApp(string? dataFolder = null, DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Development",
        Action<IWebHostBuilder>? configure = null)
    {
        _configure = configure;
        Environment = environment;
        DataFolder = dataFolder ?? Directory.CreateTempSubdirectory("dsar-test-").FullName;
        Clock = new FakeTimeProvider(now ?? DefaultStart);
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public string DataFolder { get; }
    public string Environment { get; }
    public FakeTimeProvider Clock { get; }

    static readonly string AtRestKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    static readonly string AtRestIndexKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("DataFolder", DataFolder);
        builder.UseSetting("Email:PublicBaseUrl", "http://localhost");
        // Outside Development the schema belongs to the migrate command; a test host migrates as it starts unless a test says otherwise.
        if (!_settings.ContainsKey(SchemaAtStart.MigrateOnStartKey)) builder.UseSetting(SchemaAtStart.MigrateOnStartKey, "true");
        // One at-rest key set per test process (not one per data folder), so the apps share one cached EF model.
        builder.UseSetting("AtRest:Key", AtRestKey);
        builder.UseSetting("AtRest:IndexKey", AtRestIndexKey);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        _configure?.Invoke(builder);
    }

    /// <summary>
    /// Waits until every request received so far has run its first step (account matching, deadline reminders),
    /// which the product does right after answering.
    /// </summary>
    public Task WaitForFirstStepsAsync() =>
        Eventually.GetAsync(() => InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Instances
                .CountAsync(i => i.Status == InstanceStatus.Received
                    || i.CurrentStep == "match-account" && (i.Status == InstanceStatus.Running || i.Status == InstanceStatus.Waiting))),
            left => left == 0, "every request's first step", TimeSpan.FromSeconds(120));

    /// <summary>Waits until the first steps have run and everything they sent (bus messages, emails) is delivered.</summary>
    public async Task WaitForQuietAsync()
    {
        await WaitForFirstStepsAsync();
        await Eventually.GetAsync(() => InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<DsarDbContext>();
                return await db.Outbox.CountAsync(m => m.SentAtUtc == null) + await db.OutgoingEmails.CountAsync(m => m.SentAtUtc == null);
            }),
            left => left == 0, "the first steps' messages and emails", TimeSpan.FromSeconds(60));
    }

    /// <summary>
    /// A client whose connection comes from <paramref name="address"/> (a browser there, or a proxy in front of the app), with
    /// its own cookies unless <paramref name="cookies"/> is false; redirects are not followed.
    /// </summary>
    public HttpClient CreateClientFrom(System.Net.IPAddress address, bool cookies = true)
    {
        HttpMessageHandler handler = Server.CreateHandler(context => context.Connection.RemoteIpAddress = address);
        if (cookies) handler = new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler { InnerHandler = handler };
        return new HttpClient(handler) { BaseAddress = new Uri("http://localhost") };
    }

    /// <summary>Fires due timers now, as the recurring job would.</summary>
    public Task<int> SweepTimersAsync() => Services.GetRequiredService<TimerSweep>().RunAsync(CancellationToken.None);

    public T InScope<T>(Func<IServiceProvider, T> read)
    {
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> act)
    {
        await using var scope = Services.CreateAsyncScope();
        await act(scope.ServiceProvider);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider);
    }

    public void DeleteDataFolder() => TestFolder.Delete(DataFolder);
}
