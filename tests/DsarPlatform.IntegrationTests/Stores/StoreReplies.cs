using System.Collections.Concurrent;
using DsarPlatform.Contracts;

namespace DsarPlatform.IntegrationTests.Stores;

/// <summary>Every StoreTaskCompleted the test bus received, by task id, in arrival order.</summary>
public sealed class StoreReplies
{
    readonly ConcurrentDictionary<Guid, ConcurrentQueue<StoreTaskCompleted>> byTask = new();

    public void Add(StoreTaskCompleted reply) => byTask.GetOrAdd(reply.TaskId, _ => new()).Enqueue(reply);

    public int TasksAnswered => byTask.Count;

    public IReadOnlyList<StoreTaskCompleted> For(Guid taskId) =>
        byTask.TryGetValue(taskId, out var replies) ? [.. replies] : [];

    /// <summary>Waits until every task has at least <paramref name="each"/> replies; returns how long that took.</summary>
    public async Task WaitForAsync(IReadOnlyCollection<Guid> taskIds, TimeSpan timeout, int each = 1)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (taskIds.Any(id => For(id).Count < each))
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"{taskIds.Count(id => For(id).Count >= each)} of {taskIds.Count} tasks answered within {timeout}.");
            await Task.Delay(100);
        }
    }
}
