namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// One mail dispatcher of a host at a time. Across hosts the claimed row's lock keeps two dispatchers off one email
/// (<see cref="Runtime.PendingRows"/>); SQLite has no row locks and one host, so this turn is what serializes there.
/// </summary>
public sealed class MailDispatchGate
{
    readonly SemaphoreSlim turn = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        return new Turn(turn);
    }

    sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) turn.Release();
        }
    }
}
