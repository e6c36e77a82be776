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
/// </summary>
public sealed class StoreAnswerBatches(IServiceScopeFactory scopes, ILogger<StoreAnswerBatches> logger) : BackgroundService
{
    public const int MaxBatch = 256;
    readonly Channel<QueuedAnswer> _queue = Channel.CreateUnbounded<QueuedAnswer>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Commits the answer with the others that arrived meanwhile; true when it finished a pending task.</summary>
    public async Task<bool> CompletedAsync(Guid taskId, StoreTaskOutcome outcome, CancellationToken cancellationToken)
    {
        var answer = new QueuedAnswer(taskId, outcome, Activity.Current?.Context ?? default);
        if (!_queue.Writer.TryWrite(answer)) throw new OperationCanceledException("The host is stopping.");
        return await answer.Committed.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<QueuedAnswer>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var answer)) batch.Add(answer);
                await CommitAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Unacknowledged answers go back to the queue with their consumers; the next start commits them.
            _queue.Writer.TryComplete();
            foreach (var answer in batch) answer.Committed.TrySetCanceled(stoppingToken);
            while (_queue.Reader.TryRead(out var answer)) answer.Committed.TrySetCanceled(stoppingToken);
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
