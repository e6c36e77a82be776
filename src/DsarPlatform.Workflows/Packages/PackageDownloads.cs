using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// The download of an access package: the emailed link alone is not enough; a fresh one-time code, sent to
/// the email on record, unlocks it once. The link is used up by a successful download only, or closed when it reaches
/// its limits (<see cref="DownloadOptions"/>): wrong codes in total and code emails, so new codes add no fresh tries.
/// </summary>
public sealed class PackageDownloads(DsarDbContext db, OneTimeCodes codes, EmailComposer emails, DeliverySignal delivery,
    IOptions<DownloadOptions> options, TimeProvider clock)
{
    public async Task<bool> IsUsableAsync(string token, CancellationToken cancellationToken) =>
        await PackageForAsync(token, cancellationToken) is not null;

    /// <returns><see cref="DownloadResult.CodeSent"/>, <see cref="DownloadResult.LinkClosed"/> when this one would pass the link's limit, or <see cref="DownloadResult.LinkUnusable"/>.</returns>
    public async Task<DownloadResult> SendCodeAsync(string token, CancellationToken cancellationToken)
    {
        if (await PackageForAsync(token, cancellationToken) is not { } found) return DownloadResult.LinkUnusable;
        // Codes are issued for downloads only, and only through a usable link: those since the link's creation are its code emails.
        var sent = await CodesOfLink(found).CountAsync(cancellationToken);
        if (sent >= options.Value.CodeEmailsPerLink) return await CloseAsync(found, "too many code emails", cancellationToken);
        var code = await codes.IssueAsync(found.Request.Id, cancellationToken);
        MailQueue.Add(db, found.Request, "download-code", emails.DownloadCode(found.Request, code), Now);
        await db.SaveChangesAsync(cancellationToken);
        delivery.Notify();
        return DownloadResult.CodeSent;
    }

    /// <returns>The result, and for <see cref="DownloadResult.Granted"/> the request whose package may now be fetched.</returns>
    public async Task<(DownloadResult Result, Guid? RequestId)> RedeemAsync(string token, string? code, CancellationToken cancellationToken)
    {
        if (await PackageForAsync(token, cancellationToken) is not { } found) return (DownloadResult.LinkUnusable, null);
        var result = await codes.CheckAsync(found.Request.Id, code ?? "", cancellationToken);
        if (result == OneTimeCodeResult.Accepted)
        {
            found.Token.UsedAtUtc = Now;
            found.Package.DownloadedAtUtc = Now;
            await db.SaveChangesAsync(cancellationToken);
            return (DownloadResult.Granted, found.Request.Id);
        }
        var wrong = await CodesOfLink(found).SumAsync(c => c.FailedAttempts, cancellationToken);
        if (wrong >= options.Value.GuessesPerLink) return (await CloseAsync(found, "too many wrong codes", cancellationToken), null);
        return (result == OneTimeCodeResult.Rejected ? DownloadResult.WrongCode : DownloadResult.CodeUnusable, null);
    }

    /// <summary>
    /// The encrypted package's path, for a browser granted it by a right code on this link (see the web's download grant):
    /// the link's token is used up then, so it is looked up whatever its state, and must belong to the granted request.
    /// </summary>
    public async Task<string?> GrantedPackagePathAsync(string token, Guid grantedRequestId, CancellationToken cancellationToken)
    {
        if (await RequesterTokens.FindAsync(db, token, cancellationToken) is not { Purpose: TokenPurpose.Download } stored
            || stored.RequestId != grantedRequestId) return null;
        return await db.AccessPackages.AsNoTracking()
            .Where(p => p.RequestId == grantedRequestId && p.DeletedAtUtc == null && p.DownloadedAtUtc != null)
            .Select(p => p.Path).SingleOrDefaultAsync(cancellationToken);
    }

    async Task<(RequesterToken Token, Requests.DsarRequest Request, AccessPackage Package)?> PackageForAsync(string token, CancellationToken cancellationToken)
    {
        var stored = await RequesterTokens.FindUsableAsync(db, token, TokenPurpose.Download, Now, cancellationToken);
        if (stored is null) return null;
        var package = await db.AccessPackages.SingleOrDefaultAsync(p => p.RequestId == stored.RequestId && p.DeletedAtUtc == null, cancellationToken);
        var request = await db.Requests.SingleAsync(r => r.Id == stored.RequestId, cancellationToken);
        return package is null ? null : (stored, request, package);
    }

    IQueryable<OneTimeCode> CodesOfLink((RequesterToken Token, Requests.DsarRequest Request, AccessPackage Package) found) =>
        db.OneTimeCodes.Where(c => c.RequestId == found.Request.Id && c.CreatedAtUtc >= found.Token.CreatedAtUtc);

    /// <summary>Voids the link (its package is deleted when the link would have expired, as ever), journals it and tells the requester.</summary>
    async Task<DownloadResult> CloseAsync((RequesterToken Token, Requests.DsarRequest Request, AccessPackage Package) found, string reason,
        CancellationToken cancellationToken)
    {
        found.Token.UsedAtUtc = Now;
        var instance = await db.Instances.Where(i => i.RequestId == found.Request.Id).OrderByDescending(i => i.CreatedAtUtc)
            .Select(i => new { i.Id, i.CurrentStep }).FirstOrDefaultAsync(cancellationToken);
        if (instance is not null)
            db.Journal.Append(found.Request.Id, instance.Id, instance.CurrentStep, "DownloadLinkClosed", "system", "system", Now, reason);
        MailQueue.Add(db, found.Request, "download-link-closed", emails.DownloadLinkClosed(found.Request), Now);
        await db.SaveChangesAsync(cancellationToken);
        delivery.Notify();
        return DownloadResult.LinkClosed;
    }

    DateTime Now => clock.GetUtcNow().UtcDateTime;
}
