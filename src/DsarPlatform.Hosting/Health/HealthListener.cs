using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Hosting.Health;

/// <summary>
/// For a host without a web server (the store worker): a minimal Kestrel listener on <c>Health:Urls</c> that answers only
/// the two probes, running the worker's own checks. It serves nothing else, so it needs no authentication.
/// </summary>
public sealed class HealthListener(IServiceProvider services, string urls) : BackgroundService
{
    WebApplication? _app;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // Only the one setting: the worker's appsettings (a Kestrel section, say) are not this listener's.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls(urls);
        // The worker logs; the listener's own request lines would only repeat the probes.
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapHealthEndpoints(services);
        await _app.StartAsync(stoppingToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
            await _app.DisposeAsync();
        }
        await base.StopAsync(cancellationToken);
    }
}
