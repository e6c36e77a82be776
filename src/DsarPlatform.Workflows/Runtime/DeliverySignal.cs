namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// Wakes the delivery relay's loops right after a commit, so outgoing messages don't wait for the next poll. Each loop
/// listens on its own wake-up: the outbox is not held back by an email loop that is still busy, nor the other way round.
/// </summary>
public sealed class DeliverySignal
{
    readonly Lock _lock = new();
    SemaphoreSlim[] _listeners = [];

    /// <summary>A wake-up for one loop: released by every <see cref="Notify"/> after this call.</summary>
    public SemaphoreSlim Listen()
    {
        var listener = new SemaphoreSlim(0, 1);
        lock (_lock) _listeners = [.. _listeners, listener];
        return listener;
    }

    public void Notify()
    {
        foreach (var listener in _listeners)
        {
            if (listener.CurrentCount > 0) continue;
            try { listener.Release(); }
            catch (SemaphoreFullException) { } // already signalled: one wake-up is enough
        }
    }
}
