using System.Collections.Concurrent;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// Records new requests, each with its received instance. Requests that arrive while a commit is under way are
/// committed together in the next transaction (at most <see cref="MaxBatch"/>), so a burst pays for one write lock
/// and one sync to disk instead of one each; the first caller to find no commit running does the writing. A batch
/// that fails is committed again one request at a time, so a failure stays with its own request.
/// </summary>
public sealed class IntakeCommits(IServiceScopeFactory scopes)
{
    const int MaxBatch = 64;

    /// <summary>Journaled at intake, and again when the first step changes the regime from the account record.</summary>
    public const string RegimeSelectedEvent = "RegimeSelected";
    readonly ConcurrentQueue<Pending> _queue = new();
    int _writing;

    /// <param name="recordedBy">The member of staff who took the request down (phone, post, email); null when the requester made it.</param>
    /// <param name="companion">A row to commit with the request (e.g. its DRP record), or null.</param>
    public async Task CommitAsync(DsarRequest request, WorkflowDefinition definition, StaffActor? recordedBy, CancellationToken cancellationToken,
        object? companion = null)
    {
        var pending = new Pending(request, definition, recordedBy, WorkflowTelemetry.CurrentTraceParent(), companion);
        _queue.Enqueue(pending);
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0) _ = Task.Run(WriteLoopAsync);
        await pending.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Writes until the queue is empty, on its own task so no caller's answer waits for other people's batches. A
    /// request queued while the writer finishes either finds the flag clear and starts a writer, or is seen by this
    /// loop's look at the queue after clearing it: none is left behind.
    /// </summary>
    async Task WriteLoopAsync()
    {
        do
        {
            try
            {
                await WriteQueuedAsync();
            }
            finally
            {
                Volatile.Write(ref _writing, 0);
            }
        }
        while (!_queue.IsEmpty && Interlocked.CompareExchange(ref _writing, 1, 0) == 0);
    }

    async Task WriteQueuedAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (true)
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.TryDequeue(out var next)) batch.Add(next);
            if (batch.Count == 0) return;
            try
            {
                // Not the caller's token: the batch carries other people's requests.
                await WriteAsync(batch);
                foreach (var pending in batch) pending.Done.TrySetResult();
            }
            catch when (batch.Count > 1)
            {
                foreach (var pending in batch) await WriteAloneAsync(pending);
            }
            catch (Exception failure)
            {
                batch[0].Done.TrySetException(failure);
            }
        }
    }

    async Task WriteAloneAsync(Pending pending)
    {
        try
        {
            await WriteAsync([pending]);
            pending.Done.TrySetResult();
        }
        catch (Exception failure)
        {
            pending.Done.TrySetException(failure);
        }
    }

    async Task WriteAsync(IReadOnlyList<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.DsarDbContext>();
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        await engine.CommitAsync(_ =>
        {
            foreach (var (request, definition, recordedBy, traceParent, companion) in batch)
            {
                db.Requests.Add(request);
                if (companion is not null) db.Add(companion);
                var instance = recordedBy is null
                    ? engine.Receive(request.Id, definition, traceParent)
                    : engine.Receive(request.Id, definition, traceParent, recordedBy.UserId, recordedBy.Role);
                db.Journal.Append(request.Id, instance.Id, instance.CurrentStep, RegimeSelectedEvent, "system", "system", request.ReceivedAtUtc,
                    $"{request.RegimeId}: {request.RegimeReason}");
            }
            return Task.FromResult(true);
        }, CancellationToken.None);
    }

    sealed record Pending(DsarRequest Request, WorkflowDefinition Definition, StaffActor? RecordedBy, string? TraceParent, object? Companion)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
