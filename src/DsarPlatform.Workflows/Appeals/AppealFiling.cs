using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Appeals;

/// <summary>
/// The requester's side of an appeal, for whoever holds the denied request's status session (the caller checks it): what
/// the status page offers, and filing. Only a request closed as denied whose policy has <see cref="WorkflowPolicy.Appeal"/>
/// can be appealed, once, until the window closes. Filing records the appeal as a request of its own with its own
/// workflow (<c>workflows/appeal.json</c>), due date (the denied request's decision period) and deadline timers, and
/// journals it on both requests, and queues its receipt email, all in one transaction.
/// </summary>
public sealed class AppealFiling(DsarDbContext db, WorkflowEngine engine, DefinitionCatalog catalog, AppealEmails emails,
    Verification.StatusLinks statusLinks, TimeProvider clock)
{
    public const int MaxReasonLength = 4000;
    public const string FiledEvent = "AppealFiled";

    /// <returns>Null when the request offers no appeal (not denied, or its policy has none).</returns>
    public async Task<AppealOffer?> ReadAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null) return null;
        var appeal = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.AppealOfRequestId == requestId, cancellationToken);
        if (appeal is not null)
        {
            var appealCase = await RequestCase.LoadAsync(db, catalog, appeal, cancellationToken);
            var due = RequesterWords.LocalDate(appeal.DueAtUtc, appealCase.Policy);
            return appeal.ClosedAtUtc is null
                ? new AppealOffer(AppealOfferState.Filed, due, appeal.Reference)
                : new AppealOffer(AppealOfferState.Decided, due, appeal.Reference, Decision(appeal));
        }
        var found = await RequestCase.LoadAsync(db, catalog, request, cancellationToken);
        if (Appealable(found) is not { } appealPolicy) return null;
        var closes = AppealWindow.ClosesAtUtc(request.ClosedAtUtc!.Value, found.Policy, appealPolicy);
        var state = clock.GetUtcNow().UtcDateTime <= closes ? AppealOfferState.Open : AppealOfferState.WindowClosed;
        return new AppealOffer(state, RequesterWords.LocalDate(closes, found.Policy));
    }

    public Task<AppealFilingResult> FileAsync(Guid requestId, string? reason, CancellationToken cancellationToken)
    {
        if (Check(reason) is { } invalid) return Task.FromResult(AppealFilingResult.Invalid(invalid));
        return engine.CommitAsync(async ct =>
        {
            var request = await db.Requests.SingleOrDefaultAsync(r => r.Id == requestId, ct);
            if (request is null) return AppealFilingResult.Refused("There is no such request.");
            var found = await RequestCase.LoadAsync(db, catalog, request, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            if (Appealable(found) is not { } appealPolicy) return AppealFilingResult.Refused("This request cannot be appealed.");
            if (await db.Requests.AnyAsync(r => r.AppealOfRequestId == requestId, ct)) return AppealFilingResult.Refused("You appealed already.");
            if (now > AppealWindow.ClosesAtUtc(request.ClosedAtUtc!.Value, found.Policy, appealPolicy))
                return AppealFilingResult.Refused("The time to appeal has run out.");
            var definition = catalog.CurrentFor(RequestType.Appeal.Key())
                ?? throw new InvalidOperationException("A policy allows appeals but workflows/ has no appeal definition.");

            var due = AppealWindow.DecisionDueAtUtc(now, found.Policy, appealPolicy);
            var appeal = new DsarRequest
            {
                Reference = RequestReference.New(), Type = RequestType.Appeal, Channel = "web",
                // No account id: the one-open-request-per-account rule is for requests, and a person may appeal two denials at once.
                RecordEmail = request.RecordEmail, SubmittedEmail = "", SubmittedName = "",
                ReceivedAtUtc = now, InitialDueAtUtc = due, DueAtUtc = due,
                // The requester proved control of the email on record by opening the status link.
                VerifiedAtUtc = now,
                AppealOfRequestId = request.Id, AppealReason = reason!.Trim(),
                // The appeal follows the denied request's rules (time zone, holidays, reminders).
                RegimeId = request.RegimeId, RegimeReason = $"the appealed request {request.Reference}'s regime",
            };
            db.Requests.Add(appeal);
            var instance = engine.Receive(appeal.Id, definition, WorkflowTelemetry.CurrentTraceParent());
            db.Journal.Append(appeal.Id, instance.Id, instance.CurrentStep, FiledEvent, "requester", "DataSubject", now, $"appeal of {request.Reference}");
            found.Journal(db, FiledEvent, $"appeal {appeal.Reference}", "requester", "DataSubject", now);
            await DeadlineSchedule.RescheduleAsync(db, appeal, instance.Id, definition.PolicyFor(appeal.RegimeId), now, ct);
            var receipt = emails.Received(appeal, request, RequesterWords.LocalDate(due, found.Policy), statusLinks.IssueFor(request, now));
            if (MailQueue.Add(db, appeal, AppealEmails.ReceivedTemplate, receipt, now))
                db.Journal.Append(appeal.Id, instance.Id, instance.CurrentStep, "EmailQueued", "system", "system", now, $"{AppealEmails.ReceivedTemplate} → email on record");
            return AppealFilingResult.Done;
        }, cancellationToken);
    }

    /// <summary>The appeal rules of a request closed as denied, from its own policy; null when it cannot be appealed.</summary>
    static AppealPolicy? Appealable(RequestCase found) =>
        found.Request is { Outcome: RequestOutcome.Denied, ClosedAtUtc: not null, Type: not RequestType.Appeal } ? found.Policy.Appeal : null;

    static string? Check(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return "Say why you think our decision was wrong.";
        if (reason.Length > MaxReasonLength) return $"Write at most {MaxReasonLength:N0} characters.";
        if (reason.Any(c => char.IsControl(c) && c is not ('\r' or '\n'))) return "Write your reason without control characters.";
        return null;
    }

    static string Decision(DsarRequest appeal) => appeal.Outcome switch
    {
        RequestOutcome.Reversed => "We reversed our decision: we are working on your request again, and its status is shown above.",
        RequestOutcome.Upheld => $"Our decision stands. Our reason: {appeal.AppealDecisionReason} Our email explains how to complain to the Attorney General.",
        _ => "Closed.",
    };
}
