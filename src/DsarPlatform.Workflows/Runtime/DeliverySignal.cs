namespace DsarPlatform.Workflows.Runtime;

/// <summary>Wakes the delivery relay right after a commit, so outgoing messages don't wait for the next poll.</summary>
public sealed class DeliverySignal
{
    readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try { _signal.Release(); }
            catch (SemaphoreFullException) { } // already signalled: one wake-up is enough
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _signal.WaitAsync(timeout, cancellationToken);
}
