using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Verification;

/// <summary>
/// Redeems a verification link: the token is used up and the workflow resumed in one transaction, so a
/// crash cannot leave a used link with an unverified request. Unknown, used and expired links look alike.
/// </summary>
public sealed class EmailLinkConfirmation(DsarDbContext db, WorkflowEngine engine, TimeProvider clock)
{
    public Task<bool> ConfirmAsync(string token, CancellationToken cancellationToken) =>
        engine.CommitAsync(async ct =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var stored = await RequesterTokens.FindUsableAsync(db, token, TokenPurpose.Verify, now, ct);
            if (stored is null) return false;
            stored.UsedAtUtc = now;
            var instanceId = await db.Instances.Where(i => i.RequestId == stored.RequestId).Select(i => i.Id).SingleAsync(ct);
            await engine.ResumeAsync(instanceId, new SignalReceived(VerifyIdentityActivity.VerifiedSignal, "requester", "DataSubject"), ct);
            return true;
        }, cancellationToken);
}
