using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Drp;

/// <summary>
/// Our workflow's state, as DRP 1.0 states it (the table is in the README, "Authorized agents"):
/// <list type="bullet">
/// <item>recorded, first step not run: <c>open</c>;</item>
/// <item>running, identity not yet confirmed through the email on record: <c>in_progress/need_user_verification</c>
/// (the same whether or not an account matched);</item>
/// <item>confirmed there, but the details must still be checked by our staff: <c>in_progress</c>, as the user has nothing
/// more to do;</item>
/// <item>verified and being worked: <c>in_progress</c>, <c>expected_by</c> our due date (from the moment it is in progress);</item>
/// <item>closed: fulfilled → <c>fulfilled</c>; withdrawn → <c>revoked</c>; not confirmed before the link expired →
/// <c>denied/insuf_verification</c> (the spec's "verification stage failed or timed out", not <c>expired</c>, which is about
/// record keeping); no account matched → <c>denied/no_match</c>; joined to an open request → <c>denied/too_many_requests</c>;
/// denied by an agent → the reason of <see cref="DeniedReason"/>.</item>
/// </list>
/// </summary>
public static class DrpStatusMap
{
    public static DrpStatus For(DrpRequest drp, DsarRequest? request, WorkflowInstance? instance)
    {
        var (status, reason, expectedBy, details) = request is null || instance is null
            ? (drp.Status, drp.Reason, drp.ExpectedByUtc, drp.Details)
            : Map(request, instance);
        return new DrpStatus(drp.Id.ToString(), status, reason, Utc(drp.ReceivedAtUtc), expectedBy is { } by ? Utc(by) : null,
            drp.AgentRequestId, details);
    }

    /// <summary>
    /// What a change is compared on: a callback is owed when the state, the due date or the details changed (an extension,
    /// a question to the requester). The details count by a hash, so the key stays short and holds no text.
    /// </summary>
    public static string KeyOf(DrpStatus status) =>
        $"{status.Status}/{status.Reason}/{status.ExpectedBy:O}/" + Convert.ToHexString(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(status.ProcessingDetails ?? "")))[..16];

    static (string Status, string? Reason, DateTime? ExpectedBy, string? Details) Map(DsarRequest request, WorkflowInstance instance)
    {
        var closed = request.ClosedAtUtc is not null || instance.Status is InstanceStatus.Completed or InstanceStatus.Cancelled;
        if (closed) return Closed(request);
        if (instance.Status == InstanceStatus.Received) return (DrpStates.Open, null, null, null);
        if (request.VerifiedAtUtc is null && instance.IsWaitingOn(BookmarkKind.Signal, VerifyIdentityActivity.VerifiedByAgentSignal))
        {
            // The user has done their part: what is left is ours (our staff compare the details with our records).
            return (DrpStates.InProgress, null, request.DueAtUtc,
                "Confirmed through the email address on record; our team is now checking the details against our records.");
        }
        if (request.VerifiedAtUtc is null)
        {
            return (DrpStates.InProgress, DrpStates.NeedUserVerification, request.DueAtUtc,
                "We emailed a confirmation link to the email address on record for the account; the request goes ahead once it is confirmed there. "
                + "Details an agent sends are matched as data points; they do not replace this confirmation.");
        }
        return (DrpStates.InProgress, null, request.DueAtUtc, InProgressDetails(request));
    }

    static string? InProgressDetails(DsarRequest request)
    {
        var parts = new List<string>();
        if (request.ExtendedAtUtc is { } extendedAt)
        {
            parts.Add($"The response period was extended on {extendedAt:yyyy-MM-dd}" +
                      (request.ExtendedByDays is { } days ? $" by {days} days" : "") +
                      (string.IsNullOrWhiteSpace(request.ExtensionReason) ? "." : $": {request.ExtensionReason}"));
        }
        if (request.AwaitingRequesterSinceUtc is not null)
            parts.Add("We asked the requester for more information by email to the address on record and wait for the answer.");
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    static (string, string?, DateTime?, string?) Closed(DsarRequest request) => request.Outcome switch
    {
        RequestOutcome.Fulfilled => (DrpStates.Fulfilled, null, null,
            "Done. The answer was sent to the email address on record for the account."),
        RequestOutcome.Withdrawn => (DrpStates.Revoked, null, null, "Withdrawn at the authorized agent's request; nothing more is done."),
        RequestOutcome.Denied => (DrpStates.Denied, DeniedReason(request.DenialCode), null, request.DenialReason),
        RequestOutcome.NotConfirmed => (DrpStates.Denied, DrpStates.InsufficientVerification, null,
            "Not confirmed before the confirmation link sent to the email address on record expired; nothing was done."),
        RequestOutcome.NoMatchingAccount => (DrpStates.Denied, DrpStates.NoMatch, null,
            "The details matched no account; nothing was done."),
        RequestOutcome.LinkedToOpenRequest => (DrpStates.Denied, DrpStates.TooManyRequests, null,
            "A request of the same kind for the same account is already open; this one was joined to it."),
        _ => (DrpStates.Denied, DrpStates.Other, null, null),
    };

    /// <summary>Our denial codes (<see cref="DenialCodes"/>) as DRP reasons; a code added later reads <c>other</c> until mapped.</summary>
    public static string DeniedReason(string? denialCode) => denialCode switch
    {
        DenialCodes.InsufficientVerification => DrpStates.InsufficientVerification,
        DenialCodes.NotACustomer => DrpStates.NoMatch,
        DenialCodes.LegalExemption => DrpStates.ClaimNotCovered,
        DenialCodes.Duplicate => DrpStates.TooManyRequests,
        DenialCodes.ManifestlyUnfoundedOrExcessive => DrpStates.TooManyRequests,
        _ => DrpStates.Other,
    };

    static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
