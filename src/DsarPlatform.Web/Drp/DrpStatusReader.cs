using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Drp;
using DsarPlatform.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Web.Drp;

/// <summary>
/// A DRP request's current status, from our request and its instance (or its own record when no workflow runs). While
/// it waits for the user's confirmation it carries the <c>user_verification_url</c> section 3.02.1 asks for: our page
/// for that request (<see cref="Pages.Drp.VerifyModel"/>), on the public address the emails' links use.
/// </summary>
public sealed class DrpStatusReader(DsarDbContext db, IOptions<EmailOptions> email)
{
    public async Task<DrpStatus> ReadAsync(DrpRequest drp, CancellationToken cancellationToken)
    {
        if (drp.RequestId is not { } requestId) return DrpStatusMap.For(drp, null, null);
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        var instance = await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.RequestId == requestId, cancellationToken);
        var status = DrpStatusMap.For(drp, request, instance);
        return status.Reason == DrpStates.NeedUserVerification ? status with { UserVerificationUrl = VerificationUrl(drp.Id) } : status;
    }

    string VerificationUrl(Guid drpRequestId) => $"{email.Value.PublicBaseUrl.TrimEnd('/')}/drp/verify/{drpRequestId}";
}
