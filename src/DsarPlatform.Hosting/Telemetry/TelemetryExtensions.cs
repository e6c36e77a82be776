using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DsarPlatform.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry for both hosts: traces (ASP.NET Core, HTTP client, EF Core, MassTransit and our own <c>DsarPlatform</c>
/// source) and metrics (the <c>DsarPlatform</c> and <c>MassTransit</c> meters, ASP.NET Core, HTTP client), exported over OTLP
/// to <c>OpenTelemetry:OtlpEndpoint</c> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>. With neither set nothing is
/// collected or exported, unless <c>OpenTelemetry:Enabled</c> is true (tests add an in-memory exporter that way).
/// </summary>
public static class TelemetryExtensions
{
    public const string SourceName = "DsarPlatform";
    public const string EndpointKey = "OpenTelemetry:OtlpEndpoint";
    public const string ProtocolKey = "OpenTelemetry:OtlpProtocol";
    public const string EnabledKey = "OpenTelemetry:Enabled";
    public const string StandardEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    const string MassTransitName = "MassTransit";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        var configuration = builder.Configuration;
        var endpoint = configuration[EndpointKey];
        var standardEndpoint = configuration[StandardEndpointKey];
        if (string.IsNullOrEmpty(endpoint) && string.IsNullOrEmpty(standardEndpoint) && !configuration.GetValue<bool>(EnabledKey)) return builder;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddSource(SourceName, MassTransitName)
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health");
                    options.EnrichWithHttpResponse = PathAsRoute;
                })
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(SourceName, MassTransitName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        if (!string.IsNullOrEmpty(endpoint))
            telemetry.UseOtlpExporter(configuration.GetValue(ProtocolKey, OtlpExportProtocol.Grpc), new Uri(endpoint));
        else if (!string.IsNullOrEmpty(standardEndpoint))
            telemetry.UseOtlpExporter(); // reads the standard OTEL_EXPORTER_OTLP_* settings itself
        return builder;
    }

    /// <summary>
    /// A path with parameters becomes its route (<c>/verify/{token}</c>): tokens and references in addresses stay out of spans.
    /// </summary>
    static void PathAsRoute(Activity activity, HttpResponse response)
    {
        if (response.HttpContext.GetEndpoint() is RouteEndpoint { RoutePattern.Parameters.Count: > 0 } endpoint)
            activity.SetTag("url.path", "/" + endpoint.RoutePattern.RawText?.TrimStart('/'));
    }
}
