using System.Threading.Channels;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DsarPlatform.Web.Audit;

/// <summary>Wakes this host's sealer after a save that queued audit entries (a later tick catches saves inside longer transactions).</summary>
public sealed class AuditSealSignal : SaveChangesInterceptor
{
    readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Returns when woken or after <paramref name="interval"/> on <paramref name="clock"/>.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var timer = clock.CreateTimer(_ => timeout.Cancel(), null, interval, Timeout.InfiniteTimeSpan);
        try { await _wake.Reader.ReadAsync(timeout.Token); }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested) { }
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is DsarDbContext { QueuedAuditEntries: true }) Wake();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is DsarDbContext { QueuedAuditEntries: true }) Wake();
        return ValueTask.FromResult(result);
    }
}
