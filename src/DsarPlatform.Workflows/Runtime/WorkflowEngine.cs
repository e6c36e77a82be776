using System.Diagnostics;
using DsarPlatform.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// Interprets definitions. <see cref="CommitAsync{T}"/> runs a unit of work and commits it in one
/// SaveChanges (one transaction); a concurrent change to the same instance is detected by its token
/// and the whole unit of work is run again on fresh state, so no update is lost. An instance works on one
/// subject of the domain (its <see cref="WorkflowInstance.RequestId"/>); the runtime knows nothing else of it.
/// </summary>
public sealed class WorkflowEngine(
    IWorkflowDbContext db, DefinitionCatalog catalog, IEnumerable<IActivity> activities, IWorkflowLifecycle lifecycle,
    TimeProvider clock, DeliverySignal delivery, WorkflowMetrics metrics, ILogger<WorkflowEngine> logger)
{
    // A fan-in (every store answering at once) makes many units of work conflict on one instance; on a
    // server database they truly run in parallel. Each round one of them commits, so allow many rounds,
    // spread out by a growing, random back-off, before a conflict counts as a failure.
    const int MaxAttempts = 100;
    readonly Dictionary<string, IActivity> _activities = activities.ToDictionary(a => a.Name);
    readonly List<Action> _afterCommit = [];

    /// <summary>Work that must wait until the unit of work is committed (e.g. deleting files the commit made redundant).</summary>
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    public async Task<T> CommitAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            _afterCommit.Clear();
            try
            {
                var result = await work(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                delivery.Notify();
                foreach (var action in _afterCommit) action();
                return result;
            }
            catch (DbUpdateException exception) when (attempt < MaxAttempts)
            {
                // A concurrent change to the same instance (token mismatch) or a row another unit of work
                // inserted first (unique key): run the unit of work again on fresh state.
                logger.LogDebug("Conflicting update ({Kind}); retrying (attempt {Attempt})", exception.GetType().Name, attempt);
                await Task.Delay(Random.Shared.Next(1, Math.Min(10 * attempt, 250)), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Records a new instance, pinning the definition version, and journals the subject's arrival. Its first step
    /// does not run here: the intake's transaction stays small and its answer cannot depend on what the step
    /// finds. <see cref="StartReceivedAsync"/> runs it right after the commit (see <see cref="ReceivedInstances"/>).
    /// </summary>
    /// <param name="actor">Who recorded the arrival: the requester, or the member of staff who took it down.</param>
    /// <param name="traceParent">The trace of the call that brought the request in (intake commits batches on its own task).</param>
    public WorkflowInstance Receive(Guid requestId, WorkflowDefinition definition, string? traceParent, string actor = "requester", string role = "DataSubject")
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var instance = new WorkflowInstance
        {
            RequestId = requestId, DefinitionId = definition.Id, DefinitionVersion = definition.Version,
            CurrentStep = definition.Steps[0].Name, Status = InstanceStatus.Received, CreatedAtUtc = now, UpdatedAtUtc = now,
            TraceParent = traceParent,
        };
        db.Instances.Add(instance);
        AfterCommit(() => metrics.RequestCounted(definition.Id, "received"));
        Context(instance, definition, now).Journal("RequestReceived", $"{definition.Id} v{definition.Version}", actor, role);
        return instance;
    }

    /// <summary>Runs a received instance's first step until it waits; false, changing nothing, when it started already.</summary>
    public async Task<bool> StartReceivedAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var instance = await db.Instances.SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is not { Status: InstanceStatus.Received }) return false;
        using var activity = StartAdvance(instance);
        var now = clock.GetUtcNow().UtcDateTime;
        var definition = catalog.Get(instance.DefinitionId, instance.DefinitionVersion);
        instance.Status = InstanceStatus.Running;
        var context = Context(instance, definition, now);
        context.Journal("StepStarted");
        var outcome = await Activity(definition.Steps[0]).StartAsync(context, cancellationToken);
        await RunAsync(instance, definition, outcome, now, cancellationToken);
        return true;
    }

    /// <summary>A received instance whose first step cannot run: it faults with an incident agents see.</summary>
    public async Task<bool> FailReceivedAsync(Guid instanceId, string reason, CancellationToken cancellationToken)
    {
        var instance = await db.Instances.SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is not { Status: InstanceStatus.Received }) return false;
        var definition = catalog.Get(instance.DefinitionId, instance.DefinitionVersion);
        await RunAsync(instance, definition, StepOutcome.Fault(reason), clock.GetUtcNow().UtcDateTime, cancellationToken);
        return true;
    }

    /// <summary>
    /// Delivers an event. Returns false, changing nothing, when the instance is not waiting on that
    /// bookmark: a duplicate or late event is harmless.
    /// </summary>
    public async Task<bool> ResumeAsync(Guid instanceId, WorkflowEvent workflowEvent, CancellationToken cancellationToken)
    {
        // Find: an instance the unit of work loaded already (a batch of answers) is not read again.
        var instance = await db.Instances.FindAsync([instanceId], cancellationToken);
        if (instance is null || !instance.IsWaitingOn(workflowEvent.Kind, workflowEvent.Key)) return false;
        using var activity = StartAdvance(instance);

        var now = clock.GetUtcNow().UtcDateTime;
        var definition = catalog.Get(instance.DefinitionId, instance.DefinitionVersion);
        var context = Context(instance, definition, now);
        if (workflowEvent is SignalReceived signal) context.Journal("SignalReceived", signal.Name, signal.Actor, signal.Role);

        instance.Status = InstanceStatus.Running;
        var outcome = await Activity(definition.Steps[instance.StepIndex]).ResumeAsync(context, workflowEvent, cancellationToken);
        await RunAsync(instance, definition, outcome, now, cancellationToken);
        return true;
    }

    /// <summary>An agent retried failed work (e.g. a store task): a faulted instance waits on its step's bookmark again.</summary>
    public async Task RewaitAsync(Guid instanceId, BookmarkKind bookmark, string key, CancellationToken cancellationToken)
    {
        var instance = await db.Instances.SingleAsync(i => i.Id == instanceId, cancellationToken);
        if (instance.Status is not (InstanceStatus.Faulted or InstanceStatus.Waiting)) return;
        instance.Status = InstanceStatus.Waiting;
        instance.BookmarkKind = bookmark;
        instance.BookmarkKey = key;
        instance.FaultReason = null;
        instance.Version = Guid.NewGuid();
        instance.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>An agent resolved a faulted step by hand: the workflow goes on with the next step.</summary>
    public async Task<bool> ContinueAfterResolutionAsync(Guid instanceId, string actor, string role, CancellationToken cancellationToken)
    {
        var instance = await db.Instances.SingleAsync(i => i.Id == instanceId, cancellationToken);
        if (instance.Status != InstanceStatus.Faulted) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var definition = catalog.Get(instance.DefinitionId, instance.DefinitionVersion);
        instance.Status = InstanceStatus.Running;
        instance.FaultReason = null;
        Context(instance, definition, now).Journal("StepResolvedByAgent", null, actor, role);
        await RunAsync(instance, definition, StepOutcome.Next, now, cancellationToken);
        return true;
    }

    /// <summary>
    /// Ends an instance before its last step (e.g. an agent denied the request): it waits on nothing more, the
    /// domain closes its side (<see cref="IWorkflowLifecycle"/>) and the journal says who ended it and why.
    /// False, changing nothing, when the instance has ended already.
    /// </summary>
    public async Task<bool> CloseAsync(Guid instanceId, string @event, string? detail, string actor, string role, CancellationToken cancellationToken)
    {
        var instance = await db.Instances.SingleAsync(i => i.Id == instanceId, cancellationToken);
        if (instance.Status is InstanceStatus.Completed or InstanceStatus.Cancelled) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        instance.Status = InstanceStatus.Completed;
        instance.BookmarkKind = BookmarkKind.None;
        instance.BookmarkKey = null;
        instance.Version = Guid.NewGuid();
        instance.UpdatedAtUtc = now;
        await lifecycle.ClosedAsync(instance, now, AfterCommit, cancellationToken);
        AfterCommit(() => metrics.RequestCounted(instance.DefinitionId, "closed"));
        db.Journal.Append(instance.RequestId, instance.Id, instance.CurrentStep, @event, actor, role, now, detail);
        return true;
    }

    /// <summary>
    /// Starts again an instance that was ended before its last step (<see cref="CloseAsync"/>): the step it was closed at
    /// runs again from its start, as if just reached, and the journal says who reopened it and why. The domain reopens its
    /// side first. False, changing nothing, when the instance has not ended.
    /// </summary>
    public async Task<bool> ReopenAsync(Guid instanceId, string @event, string? detail, string actor, string role, CancellationToken cancellationToken)
    {
        var instance = await db.Instances.SingleAsync(i => i.Id == instanceId, cancellationToken);
        var definition = catalog.Get(instance.DefinitionId, instance.DefinitionVersion);
        if (instance.Status != InstanceStatus.Completed || instance.StepIndex >= definition.Steps.Count) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        instance.Status = InstanceStatus.Running;
        instance.FaultReason = null;
        var context = Context(instance, definition, now);
        context.Journal(@event, detail, actor, role);
        context.Journal("StepStarted");
        var outcome = await Activity(definition.Steps[instance.StepIndex]).StartAsync(context, cancellationToken);
        await RunAsync(instance, definition, outcome, now, cancellationToken);
        return true;
    }

    async Task RunAsync(WorkflowInstance instance, WorkflowDefinition definition, StepOutcome outcome, DateTime now,
        CancellationToken cancellationToken)
    {
        instance.Version = Guid.NewGuid();
        instance.UpdatedAtUtc = now;
        while (true)
        {
            var context = Context(instance, definition, now);
            switch (outcome.Kind)
            {
                case StepOutcomeKind.Wait:
                    instance.Status = InstanceStatus.Waiting;
                    instance.BookmarkKind = outcome.Bookmark;
                    instance.BookmarkKey = outcome.Key;
                    return;
                case StepOutcomeKind.Fault:
                    instance.Status = InstanceStatus.Faulted;
                    instance.FaultReason = outcome.Reason;
                    instance.BookmarkKind = BookmarkKind.None;
                    instance.BookmarkKey = null;
                    context.RaiseIncident(outcome.Reason ?? "The step failed.");
                    context.Journal("Faulted", outcome.Reason);
                    return;
                case StepOutcomeKind.Complete:
                    await CompleteAsync(instance, context, now, cancellationToken);
                    return;
            }

            context.Journal("StepCompleted");
            if (++instance.StepIndex >= definition.Steps.Count)
            {
                await CompleteAsync(instance, context, now, cancellationToken);
                return;
            }
            var step = definition.Steps[instance.StepIndex];
            instance.CurrentStep = step.Name;
            instance.Status = InstanceStatus.Running;
            instance.BookmarkKind = BookmarkKind.None;
            instance.BookmarkKey = null;
            context = Context(instance, definition, now);
            context.Journal("StepStarted");
            outcome = await Activity(step).StartAsync(context, cancellationToken);
        }
    }

    async Task CompleteAsync(WorkflowInstance instance, StepContext context, DateTime now, CancellationToken cancellationToken)
    {
        instance.Status = InstanceStatus.Completed;
        instance.BookmarkKind = BookmarkKind.None;
        instance.BookmarkKey = null;
        await lifecycle.ClosedAsync(instance, now, AfterCommit, cancellationToken);
        AfterCommit(() => metrics.RequestCounted(instance.DefinitionId, "completed"));
        context.Journal("Completed");
    }

    // Ids and the step's name only: the domain's data stays out of traces.
    static Activity? StartAdvance(WorkflowInstance instance)
    {
        var activity = WorkflowTelemetry.Source.StartActivity("workflow advance");
        activity?.SetTag("dsar.instance_id", instance.Id);
        activity?.SetTag("dsar.workflow", instance.DefinitionId);
        activity?.SetTag("dsar.step", instance.CurrentStep);
        return activity;
    }

    StepContext Context(WorkflowInstance instance, WorkflowDefinition definition, DateTime now) =>
        new(db, AfterCommit, instance, definition, definition.Steps[Math.Min(instance.StepIndex, definition.Steps.Count - 1)], now);

    IActivity Activity(StepDefinition step) =>
        _activities.TryGetValue(step.Activity, out var activity)
            ? activity
            : throw new InvalidOperationException($"Step '{step.Name}' names unknown activity '{step.Activity}'.");
}
