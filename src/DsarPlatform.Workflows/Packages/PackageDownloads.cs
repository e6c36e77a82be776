using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// The download of an access package: the emailed link alone is not enough; a fresh one-time code, sent to
/// the email on record, unlocks it once. The link is used up by a successful download only.
/// </summary>
public sealed class PackageDownloads(DsarDbContext db, OneTimeCodes codes, EmailComposer emails, DeliverySignal delivery, TimeProvider clock)
{
    public async Task<bool> IsUsableAsync(string token, CancellationToken cancellationToken) =>
        await PackageForAsync(token, cancellationToken) is not null;

    public async Task<bool> SendCodeAsync(string token, CancellationToken cancellationToken)
    {
        if (await PackageForAsync(token, cancellationToken) is not { } found) return false;
        var code = await codes.IssueAsync(found.Request.Id, cancellationToken);
        MailQueue.Add(db, found.Request, "download-code", emails.DownloadCode(found.Request, code), Now);
        await db.SaveChangesAsync(cancellationToken);
        delivery.Notify();
        return true;
    }

    /// <returns>The result, and for <see cref="DownloadResult.Granted"/> the request whose package may now be fetched.</returns>
    public async Task<(DownloadResult Result, Guid? RequestId)> RedeemAsync(string token, string? code, CancellationToken cancellationToken)
    {
        if (await PackageForAsync(token, cancellationToken) is not { } found) return (DownloadResult.LinkUnusable, null);
        switch (await codes.CheckAsync(found.Request.Id, code ?? "", cancellationToken))
        {
            case OneTimeCodeResult.Accepted:
                found.Token.UsedAtUtc = Now;
                found.Package.DownloadedAtUtc = Now;
                await db.SaveChangesAsync(cancellationToken);
                return (DownloadResult.Granted, found.Request.Id);
            case OneTimeCodeResult.Rejected:
                return (DownloadResult.WrongCode, null);
            default:
                return (DownloadResult.CodeUnusable, null);
        }
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

    DateTime Now => clock.GetUtcNow().UtcDateTime;
}
