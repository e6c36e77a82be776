using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;
using DsarPlatform.Workflows.Wording;

namespace DsarPlatform.Workflows.Status;

/// <summary>
/// Translates workflow state and journal lines into the requester's language. Only the events listed here are
/// shown, each as a fixed sentence: a journal line's detail (ids, staff, matching) never reaches the page.
/// What differs by request type (the stores' work, the wait, the outcome) comes from the type's <see cref="RequestWording"/>.
/// </summary>
public static class StatusWording
{
    /// <param name="linkExpiresAtUtc">While the request waits for its confirmation: when the latest link sent stops working.</param>
    public static (string Stage, string? WaitingFor) Stage(DsarRequest request, WorkflowInstance instance, WorkflowDefinition definition, RequestWording wording,
        DateTime? linkExpiresAtUtc = null)
    {
        if (request.ClosedAtUtc is not null) return ("Closed", null);
        if (request.AwaitingRequesterSinceUtc is not null) return ("We asked you a question", "your answer to our question");
        var step = definition.Steps[Math.Min(instance.StepIndex, definition.Steps.Count - 1)];
        if (instance.Status == InstanceStatus.Faulted) return ("Working on your request; our team is dealing with a delay", "our team");
        return (instance.BookmarkKind, instance.BookmarkKey) switch
        {
            (BookmarkKind.Signal, VerifyIdentityActivity.VerifiedSignal) => ("Waiting for you to confirm the request", AwaitingConfirmation(linkExpiresAtUtc)),
            (BookmarkKind.Signal, VerifyIdentityActivity.VerifiedByAgentSignal) => ("A person on our team is checking the details you gave",
                $"a person on our team to check your details against our records; we answer by {RequesterWords.LocalDate(request.DueAtUtc, definition.PolicyFor(request.RegimeId))}"),
            (BookmarkKind.Signal, AgentReviewActivity.ReviewedSignal) => ("Reviewing the changes you asked for", "our team's decision on each change"),
            (BookmarkKind.Signal, DecideAppealActivity.DecidedSignal) => ("A person on our team is reviewing your appeal", "our team's decision on your appeal"),
            (BookmarkKind.Timer, _) => (wording.WaitStage, wording.WaitFor),
            (BookmarkKind.StoreTasks, _) when step.Activity == "MatchAccount" => ("We received your request", "our systems to find your account"),
            (BookmarkKind.StoreTasks, _) when step.Activity == "ConfirmDirectoryRemoval" => ("Checking that your ID has left the search directory", "the search directory's answer"),
            (BookmarkKind.StoreTasks, _) => (wording.StoreWork, "our systems to finish"),
            _ => ("Working on your request", null),
        };
    }

    public static string? Outcome(DsarRequest request, RequestWording wording) => request.Outcome switch
    {
        _ when request.ClosedAtUtc is null => null,
        RequestOutcome.Denied => $"We could not carry out your request. Our reason: {request.DenialReason}",
        RequestOutcome.LinkedToOpenRequest => "You made the same request while an earlier one was still open, so we joined this one to it and closed this one. Follow the earlier request from the link in our email.",
        RequestOutcome.Fulfilled => wording.Outcome,
        RequestOutcome.NotConfirmed => "We closed this request because it was not confirmed before the link we emailed expired, and did nothing with it. "
            + "To go ahead, make the request again from the start page: we will email a fresh link to the address on your account.",
        RequestOutcome.Upheld => $"We decided on your appeal: our decision stands. Our reason: {request.AppealDecisionReason}",
        RequestOutcome.Reversed => "We decided on your appeal: we reversed our decision and are working on your request again.",
        RequestOutcome.AnsweredEarlierThisYear => "We answer this kind of request once per calendar year, and we already answered your earlier request this year, "
            + "so we closed this one without doing anything else. Our email to the address on your account gives the date of that answer; you can ask again next year.",
        RequestOutcome.NoMatchingAccount => "We closed this request because its details matched no account, so nobody could confirm it, and did nothing with it. "
            + "If you have an account with us, make the request again with its account ID or the email address on it.",
        RequestOutcome.Withdrawn => "We closed this request because the authorized agent acting for you withdrew it, and did nothing more with it.",
        _ => "Closed.",
    };

    public static IEnumerable<(DateTime AtUtc, string Text)> History(IEnumerable<JournalEntry> journal, WorkflowDefinition definition, RequestWording wording)
    {
        foreach (var entry in journal)
        {
            var step = definition.Steps.FirstOrDefault(s => s.Name == entry.Step);
            if (Sentence(entry, step, wording) is { } text) yield return (entry.AtUtc, text);
        }
    }

    static string? Sentence(JournalEntry entry, StepDefinition? step, RequestWording wording) => entry.Event switch
    {
        "RequestReceived" => "We received your request.",
        "IdentityVerified" => "You confirmed the request, and the details you gave match our records.",
        "VerificationIncomplete" => "You confirmed the request; our team is checking the details you gave.",
        "VerifiedByAgent" => "Our team confirmed that the request comes from you.",
        "InformationRequested" => "We asked you a question.",
        "InformationProvided" => "We received your answer.",
        "DeadlineExtended" => "We told you we need more time, and why.",
        "PackageCompiled" => "We prepared your download.",
        "DirectoryRemovalConfirmed" => "We checked that your ID has left the public search directory.",
        "WaitStarted" => wording.WaitStarted,
        "RequestDenied" => "We closed the request without carrying it out and emailed you why.",
        "LinkedToOpenRequest" => "We joined this request to your earlier open request of the same kind.",
        "AnsweredEarlierThisYear" => "We already answered the same request this year, so we closed this one and emailed you the date of that answer.",
        "DuplicateLinked" => "You made the same request again; we joined the new one to this one.",
        "Completed" => "Your request is complete.",
        Appeals.AppealFiling.FiledEvent => "You appealed against our decision.",
        "AppealUpheld" => "We decided on your appeal: our decision stands, and we emailed you why.",
        "ReopenedOnAppeal" => "We reversed our decision on your appeal and are working on your request again.",
        VerificationTimers.NotConfirmedEvent => "The request closed by itself: it was not confirmed before the link expired.",
        VerificationTimers.NoMatchingAccountEvent => "The request closed by itself: its details matched no account.",
        "VerificationLinkDeferred" => "You made the same request again; a fresh confirmation link follows shortly.",
        "EmailQueued" => Email(entry.Detail),
        "EmailRefused" when ToRequester(entry.Detail) => "An email we sent you did not reach the address on your account: the mail server refused it. Our team will reach you another way.",
        "StepStarted" when step?.Activity == "DispatchToStores" => $"{wording.StoreWork}.",
        "StepCompleted" when step?.Activity == "DispatchToStores" => "Every system has finished.",
        "StepStarted" when step?.Activity == "AgentReview" => "Our team started reviewing the changes you asked for.",
        "StepCompleted" when step?.Activity == "AgentReview" => "Our team decided on each change you asked for.",
        _ => null,
    };

    static string AwaitingConfirmation(DateTime? linkExpiresAtUtc) =>
        "your confirmation: open the latest link we emailed to the address on your account and press the button"
        + (linkExpiresAtUtc is { } expires ? $" (it works until {RequesterWords.Instant(expires)} UTC)" : "")
        + ". If it has expired or never arrived, make the same request again from the start page: we will email you a fresh link. "
        + "A request nobody confirms closes by itself when its link expires.";

    /// <summary>The journal names the template first ("receipt → email on record"); only the emails a requester knows are named.</summary>
    /// <summary>Emails about the request that went to someone else: the account holder's notice, an agent's deadline notice.</summary>
    static bool ToRequester(string? detail) =>
        detail?.Split(':')[0] is { } template && template != HolderNotices.Template && template != StaffEmailComposer.DeadlineNoticeTemplate;

    static string? Email(string? detail) => detail?.Split(' ')[0] switch
    {
        "receipt" => "We emailed you a receipt.",
        Deadlines.ReceiptConfirmations.Template => "We emailed you to confirm that we received your request.",
        VerificationLinks.Template => "We emailed you a link to confirm the request.",
        NotifySubjectActivity.AccessReadyTemplate => "We emailed you a link to download your data.",
        { } template when template.EndsWith("-reply", StringComparison.Ordinal) => "We emailed you our answer.",
        _ => null,
    };
}
