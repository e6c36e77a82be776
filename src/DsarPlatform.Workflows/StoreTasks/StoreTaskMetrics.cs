using System.Diagnostics.Metrics;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>
/// Store tasks on the meter <c>DsarPlatform</c>: the time from a task's first dispatch to the answer that finished it
/// (<c>dsar.store_task.duration</c>) and the tasks awaiting an answer (<c>dsar.store_tasks.open</c>).
/// </summary>
public sealed class StoreTaskMetrics
{
    public const string StoreTaskDuration = "dsar.store_task.duration";
    public const string StoreTasksOpen = "dsar.store_tasks.open";

    readonly Histogram<double> _duration;

    public StoreTaskMetrics(IServiceScopeFactory scopes, IMeterFactory? meters = null)
    {
        var meter = WorkflowTelemetry.CreateMeter(meters);
        _duration = meter.CreateHistogram<double>(StoreTaskDuration, "s", "From a store task's first dispatch to the answer that finished it.");
        meter.CreateObservableGauge(StoreTasksOpen,
            () => WorkflowTelemetry.Count<DsarDbContext>(scopes, db => db.StoreTasks.Count(t => t.Status == StoreTaskStatus.Pending)), "{task}",
            "Store tasks dispatched and not yet answered.");
    }

    public void Finished(StoreTask task, DateTime nowUtc) =>
        _duration.Record(Math.Max(0, (nowUtc - task.CreatedAtUtc).TotalSeconds),
            new KeyValuePair<string, object?>("dsar.store", task.Store), new KeyValuePair<string, object?>("dsar.store_task.action", task.Action),
            new KeyValuePair<string, object?>("dsar.store_task.status", task.Status.ToString()));
}
