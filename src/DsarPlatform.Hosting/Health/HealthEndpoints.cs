using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DsarPlatform.Hosting.Health;

/// <summary>
/// The probes both hosts answer: <c>/health/live</c> (the process answers; no checks) and <c>/health/ready</c> (every check
/// tagged <see cref="ReadyTag"/>: database, broker, SMTP when configured). The answer names each component and its status,
/// nothing else: no exception text, timings or connection strings reach an anonymous caller.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string ReadyTag = "ready";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="checks">The container whose checks run; the request's own when null (the web host).</param>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints, IServiceProvider? checks = null)
    {
        endpoints.MapGet(LivePath, (HttpContext context) => AnswerAsync(context, checks, _ => false))
            .AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet(ReadyPath, (HttpContext context) => AnswerAsync(context, checks, c => c.Tags.Contains(ReadyTag)))
            .AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    static async Task AnswerAsync(HttpContext context, IServiceProvider? checks, Func<HealthCheckRegistration, bool> predicate)
    {
        var service = (checks ?? context.RequestServices).GetRequiredService<HealthCheckService>();
        var report = await service.CheckHealthAsync(predicate, context.RequestAborted);
        var answer = new HealthAnswer(report.Status.ToString(),
            report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new HealthComponent(e.Key, e.Value.Status.ToString())).ToList());
        context.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsJsonAsync(answer, Json, context.RequestAborted);
    }
}
