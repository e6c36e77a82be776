using System.Diagnostics;
using System.Threading.Channels;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>
/// Group commit for store answers. A consumer hands its answer in and waits; one loop takes every answer that arrived
/// while the last commit ran (up to <see cref="MaxBatch"/>) and commits them in one unit of work, in which an instance
/// whose four stores answered together advances once (<see cref="StoreTaskResults.CompletedAllAsync"/>). Only then are
/// the consumers released and their messages acknowledged, so an answer is never lost between the two. A batch that fails
/// is taken apart: each answer is committed on its own, and only the one that fails again fails its message.
/// Answers run in <see cref="Lanes"/> loops, chosen by request: one lane reads and advances its batch while another
/// commits (on SQLite the commits still take turns), and the answers of one request always share a lane, so two lanes
/// never advance the same instance at once.
/// </summary>
public sealed class StoreAnswerBatches(IServiceScopeFactory scopes, ILogger<StoreAnswerBatches> logger) : BackgroundService
{
    public const int MaxBatch = 256;
    public const int Lanes = 2;
    readonly Channel<QueuedAnswer>[] _lanes = [.. Enumerable.Range(0, Lanes)
        .Select(_ => Channel.CreateUnbounded<QueuedAnswer>(new UnboundedChannelOptions { SingleReader = true }))];

    /// <summary>Commits the answer with the others that arrived meanwhile; true when it finished a pending task.</summary>
    public async Task<bool> CompletedAsync(Guid taskId, Guid requestId, StoreTaskOutcome outcome, CancellationToken cancellationToken)
    {
        var answer = new QueuedAnswer(taskId, outcome, Activity.Current?.Context ?? default);
        var lane = _lanes[(int)((uint)requestId.GetHashCode() % Lanes)];
        if (!lane.Writer.TryWrite(answer)) throw new OperationCanceledException("The host is stopping.");
        return await answer.Committed.Task.WaitAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_lanes.Select(lane => Task.Run(() => RunLaneAsync(lane, stoppingToken), CancellationToken.None)));

    async Task RunLaneAsync(Channel<QueuedAnswer> lane, CancellationToken stoppingToken)
    {
        var batch = new List<QueuedAnswer>(MaxBatch);
        try
        {
            while (await lane.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && lane.Reader.TryRead(out var answer)) batch.Add(answer);
                await CommitAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Unacknowledged answers go back to the queue with their consumers; the next start commits them.
            lane.Writer.TryComplete();
            foreach (var answer in batch) answer.Committed.TrySetCanceled(stoppingToken);
            while (lane.Reader.TryRead(out var answer)) answer.Committed.TrySetCanceled(stoppingToken);
        }
    }

    /// <summary>Commits the answers together; a batch that fails is committed one answer at a time, and an answer that fails alone fails its consumer.</summary>
    async Task CommitAsync(List<QueuedAnswer> batch, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var finished = await scope.ServiceProvider.GetRequiredService<StoreTaskResults>().CompletedAllAsync(batch, cancellationToken);
            foreach (var answer in batch) answer.Committed.TrySetResult(finished.Contains(answer));
        }
        catch (Exception exception) when (batch.Count > 1 && exception is not OperationCanceledException)
        {
            logger.LogWarning("A batch of {Count} store answers failed ({ExceptionType}); committing them one by one", batch.Count, exception.GetType().FullName);
            foreach (var answer in batch) await CommitAsync([answer], cancellationToken);
        }
        catch (Exception exception)
        {
            foreach (var answer in batch) answer.Committed.TrySetException(exception);
        }
    }
}
