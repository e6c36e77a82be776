using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DsarPlatform.Hosting;

/// <summary>
/// Lets one SaveChanges at a time write a SQLite file, the others waiting here, asynchronously and in turn. SQLite has
/// one writer per file; without this a writer that finds it busy retries inside SQLite's busy handler, sleeping on its
/// thread for up to 100 ms a try (measured on the workflow database under 32 concurrent submissions: p99 of 1.5–3 s,
/// mostly intake's BEGIN losing to the first steps that run right after each answer). One gate per registration,
/// so each database file of a process has its own; other processes still meet the busy timeout.
/// </summary>
public sealed class SqliteSaveGate : SaveChangesInterceptor
{
    static readonly object Held = new();
    readonly SemaphoreSlim _gate = new(1, 1);
    readonly ConditionalWeakTable<DbContext, object> _holders = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (!_holders.TryGetValue(eventData.Context!, out _))
        {
            _gate.Wait();
            _holders.AddOrUpdate(eventData.Context!, Held);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (!_holders.TryGetValue(eventData.Context!, out _))
        {
            await _gate.WaitAsync(cancellationToken);
            _holders.AddOrUpdate(eventData.Context!, Held);
        }
        return result;
    }

    // A conflict on a concurrency token ends the save without SaveChangesFailed: release here, before EF throws, or the
    // unit of work that retries on the same context would wait for itself.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Released once per acquisition, whichever way the save ended; a context that holds it does not wait for it again.</summary>
    void Release(DbContext? context)
    {
        if (context is not null && _holders.Remove(context)) _gate.Release();
    }
}
