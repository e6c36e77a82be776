using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// The workflow's own spans (instance starts, advances, outbox sends) and meter, both named <c>DsarPlatform</c>, and the
/// trace context kept on rows that a relay acts on later, so a trace runs from the web request through the outbox to each
/// store and back. Spans carry ids (instance, request, task) and names of steps and stores, never what a requester typed.
/// </summary>
public static class WorkflowTelemetry
{
    public const string Name = "DsarPlatform";
    public static readonly ActivitySource Source = new(Name);

    /// <summary>The current span's W3C traceparent, to store with a row; null when nothing is traced.</summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>A span continuing the trace a row was written in (a relay acting on it later, possibly on another host).</summary>
    public static Activity? StartContinuing(string name, string? traceParent)
    {
        if (!Source.HasListeners()) return null;
        ActivityContext.TryParse(traceParent, null, out var parent);
        return Source.StartActivity(name, ActivityKind.Internal, parent);
    }

    /// <summary>The host's meter (one per container, so test hosts side by side do not mix), or a free one without a host.</summary>
    public static Meter CreateMeter(IMeterFactory? meters) => meters?.Create(Name) ?? new Meter(Name);

    /// <summary>
    /// A gauge's reading from the database, taken when an exporter collects (every minute by default); a host shutting down
    /// reports nothing rather than failing.
    /// </summary>
    public static IEnumerable<Measurement<int>> Count<TContext>(IServiceScopeFactory scopes, Func<TContext, int> count) where TContext : notnull
    {
        int value;
        try
        {
            using var scope = scopes.CreateScope();
            value = count(scope.ServiceProvider.GetRequiredService<TContext>());
        }
        catch (ObjectDisposedException)
        {
            yield break;
        }
        yield return new Measurement<int>(value);
    }
}
