using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// The runtime's instruments on the meter <c>DsarPlatform</c>: instances by definition and status (<c>dsar.requests</c>; a
/// definition is a request type) and the outbox's depth (<c>dsar.outbox.pending</c>). Counted after commit, so a retried
/// unit of work counts once. The domain adds its own instruments to the same meter (store tasks).
/// </summary>
public sealed class WorkflowMetrics
{
    public const string Requests = "dsar.requests";
    public const string OutboxPending = "dsar.outbox.pending";

    readonly Counter<long> _requests;

    public WorkflowMetrics(IServiceScopeFactory scopes, IMeterFactory? meters = null)
    {
        var meter = WorkflowTelemetry.CreateMeter(meters);
        _requests = meter.CreateCounter<long>(Requests, "{request}", "Requests received and closed, by type and status.");
        meter.CreateObservableGauge(OutboxPending,
            () => WorkflowTelemetry.Count<IWorkflowDbContext>(scopes, db => db.Outbox.Count(m => m.SentAtUtc == null)), "{message}",
            "Bus messages committed and not yet sent.");
    }

    /// <param name="type">The workflow definition's id, which is the request type (deletion, access, correction).</param>
    /// <param name="status"><c>received</c>, <c>completed</c> (its last step) or <c>closed</c> (ended early, e.g. denied).</param>
    public void RequestCounted(string type, string status) =>
        _requests.Add(1, new KeyValuePair<string, object?>("dsar.request.type", type), new KeyValuePair<string, object?>("dsar.request.status", status));
}
