using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Records;

/// <summary>
/// Reads the records of the requests received in a range of UTC days, oldest first, one row at a time so a report of
/// any size streams. How identity was proved comes from the journal; when the answer went out, from the emails sent.
/// </summary>
public sealed class RecordsReport(DsarDbContext db, DefinitionCatalog catalog)
{
    public async IAsyncEnumerable<RecordRow> ReadAsync(DateOnly from, DateOnly to,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var fromUtc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var untilUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var answers = AnswerTemplates();
        var rows = from request in db.Requests.AsNoTracking()
            join instance in db.Instances on request.Id equals instance.RequestId
            where request.ReceivedAtUtc >= fromUtc && request.ReceivedAtUtc < untilUtc
            orderby request.ReceivedAtUtc, request.Reference
            select new
            {
                Request = request,
                instance.DefinitionId,
                instance.DefinitionVersion,
                ByAgent = db.Journal.Any(j => j.RequestId == request.Id && j.Event == VerifyIdentityActivity.VerifiedByAgentSignal),
                AnsweredAtUtc = db.OutgoingEmails.Where(e => e.RequestId == request.Id && answers.Contains(e.Template))
                    .OrderBy(e => e.CreatedAtUtc).Select(e => (DateTime?)e.CreatedAtUtc).FirstOrDefault(),
            };
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var policy = catalog.Get(row.DefinitionId, row.DefinitionVersion).PolicyFor(row.Request.RegimeId);
            yield return ToRecord(row.Request, policy, row.ByAgent, row.AnsweredAtUtc);
        }
    }

    static RecordRow ToRecord(DsarRequest request, WorkflowPolicy policy, bool byAgent, DateTime? answeredAtUtc)
    {
        var responseAtUtc = answeredAtUtc ?? request.ClosedAtUtc;
        return new RecordRow
        {
            Reference = request.Reference,
            ReceivedAtUtc = request.ReceivedAtUtc,
            Type = request.Type,
            Channel = request.Channel,
            Verified = request.VerifiedAtUtc is null ? RecordWords.NotVerified : byAgent ? RecordWords.Agent : RecordWords.EmailLink,
            ResponseAtUtc = responseAtUtc,
            ResponseKind = KindOf(request),
            DenialCode = request.DenialCode,
            Extended = request.ExtendedAtUtc is not null,
            ExtendedByDays = request.ExtendedAtUtc is null ? null : request.ExtendedByDays,
            DaysTaken = DaysBetween(request.ReceivedAtUtc, responseAtUtc, policy),
            DueAtUtc = request.DueAtUtc,
            ClosedAtUtc = request.ClosedAtUtc,
            DaysToClose = DaysBetween(request.ReceivedAtUtc, request.ClosedAtUtc, policy),
        };
    }

    static string KindOf(DsarRequest request) => request.Outcome switch
    {
        null => RecordWords.Open,
        RequestOutcome.Denied => RecordWords.Denied,
        RequestOutcome.LinkedToOpenRequest => RecordWords.LinkedToOpenRequest,
        RequestOutcome.Upheld => RecordWords.Upheld,
        RequestOutcome.Reversed => RecordWords.Reversed,
        RequestOutcome.AnsweredEarlierThisYear => RecordWords.AnsweredEarlierThisYear,
        RequestOutcome.Withdrawn => RecordWords.Withdrawn,
        _ when request.Type == RequestType.Correction => CorrectionKind(request.Corrections),
        _ => RecordWords.Fulfilled,
    };

    static string CorrectionKind(IReadOnlyList<CorrectionItem> items)
    {
        var accepted = items.Count(i => i.Accepted == true);
        return accepted == items.Count ? RecordWords.Fulfilled : accepted == 0 ? RecordWords.Refused : RecordWords.PartiallyFulfilled;
    }

    static int? DaysBetween(DateTime startUtc, DateTime? endUtc, WorkflowPolicy policy) =>
        endUtc is { } end ? Deadline.LocalDay(end, policy).DayNumber - Deadline.LocalDay(startUtc, policy).DayNumber : null;

    /// <summary>The emails that answer a request: every reply a definition's steps send, a denial, the note that it was joined, the note that it was answered earlier this year.</summary>
    List<string> AnswerTemplates() =>
        catalog.All.SelectMany(d => d.Steps).Where(s => s.Activity == NotifySubjectActivity.ActivityName && s.Template is not null)
            .Select(s => s.Template!).Append(ReviewActions.DenialTemplate).Append(DuplicateRequests.Template).Append(EmailComposer.AnsweredEarlierTemplate)
            .Append(Appeals.AppealEmails.UpheldTemplate).Append(Appeals.AppealEmails.ReversedTemplate).Distinct().ToList();
}
