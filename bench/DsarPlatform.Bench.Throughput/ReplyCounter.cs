namespace DsarPlatform.Bench.Throughput;

/// <summary>Counts the stores' replies and signals when the expected number has arrived.</summary>
public sealed class ReplyCounter
{
    int received;
    int expected = int.MaxValue;
    TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Expect(int count)
    {
        received = 0;
        expected = count;
        done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        return done.Task;
    }

    public void Add()
    {
        if (Interlocked.Increment(ref received) == expected) done.TrySetResult();
    }
}
