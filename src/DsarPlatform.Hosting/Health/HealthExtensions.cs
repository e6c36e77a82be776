using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DsarPlatform.Hosting.Health;

public static class HealthExtensions
{
    public const string UrlsKey = "Health:Urls";

    /// <summary>
    /// The probe listener of a worker host: on when <c>Health:Urls</c> is set (e.g. <c>http://0.0.0.0:8081</c>), off by default,
    /// so several workers on one machine do not fight over a port. The checks themselves are added where the dependencies are
    /// (the bus in <see cref="MessageBusExtensions"/>, each database with its context).
    /// </summary>
    public static IHostApplicationBuilder AddHealthListener(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        if (builder.Configuration[UrlsKey] is { Length: > 0 } urls)
            builder.Services.AddHostedService(services => new HealthListener(services, urls));
        return builder;
    }
}
