using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Packages;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// Heals what closing leaves behind when a host stops between a commit and the work after it (a Hangfire recurring
/// job; idempotent, a second run finds nothing): sent emails of closed requests still holding an address or a body,
/// expired tokens and codes of closed requests, a denied correction's values once it can no longer be appealed, export folders of requests closed or purged, and package files
/// no live package owns. A package whose link still runs is never touched: it outlives its closing by promise.
/// </summary>
public sealed class ClosedRequestLeftovers(IServiceScopeFactory scopes, RequestExportFolders exports, PackageVault vault,
    DatabaseCheckpoint checkpoint, TimeProvider clock)
{
    const int BatchSize = 500;

    /// <returns>How many rows and files were shed.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var shed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            var emails = await (from email in db.OutgoingEmails
                    join request in db.Requests on email.RequestId equals request.Id
                    where request.ClosedAtUtc != null && (email.SentAtUtc != null || email.RefusedAtUtc != null) && (email.TextBody != "" || email.To != "")
                    select email).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var email in emails) EmailShedding.Shed(db, email);
            var tokens = await (from token in db.RequesterTokens
                    join request in db.Requests on token.RequestId equals request.Id
                    where request.ClosedAtUtc != null && token.ExpiresAtUtc <= now
                    select token).Take(BatchSize).ToListAsync(cancellationToken);
            db.RequesterTokens.RemoveRange(tokens);
            var codes = await (from code in db.OneTimeCodes
                    join request in db.Requests on code.RequestId equals request.Id
                    where request.ClosedAtUtc != null && code.ExpiresAtUtc <= now
                    select code).Take(BatchSize).ToListAsync(cancellationToken);
            db.OneTimeCodes.RemoveRange(codes);
            var corrections = await ShedKeptCorrectionValuesAsync(db, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var batch = emails.Count + tokens.Count + codes.Count + corrections;
            shed += batch;
            if (batch < BatchSize) break;
        }
        shed += await DeleteFilesAsync(db, cancellationToken);
        if (shed > 0) checkpoint.Request();
        return shed;
    }

    /// <summary>A denied correction's values once its appeal window has ended with no appeal of it still undecided.</summary>
    static async Task<int> ShedKeptCorrectionValuesAsync(DsarDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var due = await db.Requests
            .Where(r => r.CorrectionValuesKeptUntilUtc != null && r.CorrectionValuesKeptUntilUtc <= now
                        && !db.Requests.Any(a => a.AppealOfRequestId == r.Id && a.ClosedAtUtc == null))
            .Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var request in due)
        {
            RequestShedding.ShedCorrectionValues(request);
            var instance = await db.Instances.SingleAsync(i => i.RequestId == request.Id, cancellationToken);
            db.Journal.Append(request.Id, instance.Id, instance.CurrentStep, RequestShedding.Event, "system", "system", now,
                "correction values: the appeal window has ended");
        }
        return due.Count;
    }

    async Task<int> DeleteFilesAsync(DsarDbContext db, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var requestId in exports.RequestsWithFolders())
        {
            if (await IsOpenAsync(db, requestId, cancellationToken)) continue;
            exports.DeleteOf(requestId);
            deleted++;
        }
        // A package file is written before the commit that records it; its request is open until that commit.
        foreach (var (requestId, path) in vault.Stored())
        {
            if (await IsOpenAsync(db, requestId, cancellationToken)
                || await db.AccessPackages.AnyAsync(p => p.RequestId == requestId && p.DeletedAtUtc == null, cancellationToken)) continue;
            vault.Delete(path);
            deleted++;
        }
        return deleted;
    }

    static Task<bool> IsOpenAsync(DsarDbContext db, Guid requestId, CancellationToken cancellationToken) =>
        db.Requests.AnyAsync(r => r.Id == requestId && r.ClosedAtUtc == null, cancellationToken);
}
