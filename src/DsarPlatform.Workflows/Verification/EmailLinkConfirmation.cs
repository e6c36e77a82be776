using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Verification;

/// <summary>
/// Redeems a verification link: the token is used up and the workflow resumed in one transaction, so a
/// crash cannot leave a used link with an unverified request. Unknown, used and expired links look alike.
/// </summary>
public sealed class EmailLinkConfirmation(DsarDbContext db, WorkflowEngine engine, DefinitionCatalog catalog, TimeProvider clock)
{
    /// <summary>A look-up only (the GET of the link): mail scanners follow links, so nothing is redeemed here.</summary>
    public async Task<bool> IsUsableAsync(string? token, CancellationToken cancellationToken) =>
        await RequesterTokens.FindUsableAsync(db, token, TokenPurpose.Verify, clock.GetUtcNow().UtcDateTime, cancellationToken) is not null;

    public Task<LinkConfirmation> ConfirmAsync(string token, CancellationToken cancellationToken) =>
        engine.CommitAsync(async ct =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var stored = await RequesterTokens.FindUsableAsync(db, token, TokenPurpose.Verify, now, ct);
            if (stored is null) return LinkConfirmation.Unusable;
            stored.UsedAtUtc = now;
            var instance = await db.Instances.SingleAsync(i => i.RequestId == stored.RequestId, ct);
            await engine.ResumeAsync(instance.Id, new SignalReceived(VerifyIdentityActivity.VerifiedSignal, "requester", "DataSubject"), ct);
            if (!instance.IsWaitingOn(BookmarkKind.Signal, VerifyIdentityActivity.VerifiedByAgentSignal)) return new LinkConfirmation(LinkConfirmationOutcome.Verified);

            var request = await db.Requests.SingleAsync(r => r.Id == stored.RequestId, ct);
            var policy = catalog.Get(instance.DefinitionId, instance.DefinitionVersion).PolicyFor(request.RegimeId);
            return new LinkConfirmation(LinkConfirmationOutcome.AwaitingAgent, RequesterWords.LocalDate(request.DueAtUtc, policy));
        }, cancellationToken);
}
