using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Api;

/// <summary>
/// The appeal side of a request, for staff: on an appeal, the denied request (<see cref="AppealOf"/>), the reason the
/// requester read for the denial, their reason for appealing and the decision's reason; on a denied request that was
/// appealed, the appeal (<see cref="AppealedBy"/>) and its outcome. Null on a request that is neither.
/// </summary>
public sealed record AppealView(string? AppealOf, string? AppealedBy, string? AppealOutcome, string? DenialReason, string? AppealReason,
    string? DecisionReason)
{
    public static async Task<AppealView?> ReadAsync(DsarDbContext db, DsarRequest request, CancellationToken cancellationToken)
    {
        if (request.AppealOfRequestId is { } deniedId)
        {
            var denied = await db.Requests.AsNoTracking().SingleAsync(r => r.Id == deniedId, cancellationToken);
            return new AppealView(denied.Reference, null, request.Outcome?.ToString(), denied.DenialReason, request.AppealReason, request.AppealDecisionReason);
        }
        var appeal = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.AppealOfRequestId == request.Id, cancellationToken);
        return appeal is null ? null : new AppealView(null, appeal.Reference, appeal.Outcome?.ToString(), null, null, appeal.AppealDecisionReason);
    }
}
