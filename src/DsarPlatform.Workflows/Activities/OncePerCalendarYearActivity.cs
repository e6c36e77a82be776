using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Workflows.Activities;

/// <summary>
/// For a right answered at most once per customer and calendar year ("Shine the Light"): after the account match, a
/// request whose account already had its answer this year (year of receipt, in the policy's time zone) is closed with
/// a reply naming that answer's date, and goes no further. Only an answer counts: a request denied, never confirmed or
/// closed for any other reason leaves the year open. The reply goes to the email on record, like every other, within
/// the account's email allowance; without a matched account there is nothing to check and verification deals with it.
/// </summary>
public sealed class OncePerCalendarYearActivity(RequestStepContexts contexts, EmailComposer emails, StatusLinks statusLinks, IServiceScopeFactory scopes)
    : RequestActivity(contexts)
{
    public const string ActivityName = "OncePerCalendarYear";

    public override string Name => ActivityName;

    public override async Task<StepOutcome> StartAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        var (request, policy) = (context.Request, context.Definition.Policy);
        if (request.AccountId is not { } accountId)
        {
            context.Journal("YearlyAnswerNotChecked", "no account matched");
            return StepOutcome.Next;
        }
        var year = DisclosureYears.OfReceipt(request, policy);
        var answered = await context.Db.Requests.AsNoTracking()
            .Where(r => r.AccountId == accountId && r.Type == request.Type && r.Id != request.Id
                && r.Outcome == RequestOutcome.Fulfilled && r.VerifiedAtUtc != null && r.ClosedAtUtc != null)
            .Select(r => new { r.Reference, r.ReceivedAtUtc, ClosedAtUtc = r.ClosedAtUtc!.Value })
            .ToListAsync(cancellationToken);
        var earlier = answered.Where(r => DisclosureYears.OfReceipt(r.ReceivedAtUtc, policy) == year).MinBy(r => r.ClosedAtUtc);
        if (earlier is null)
        {
            context.Journal("NotAnsweredThisYear", $"no earlier answer in {year}");
            return StepOutcome.Next;
        }

        request.Outcome = RequestOutcome.AnsweredEarlierThisYear;
        request.ClosedAtUtc = context.NowUtc;
        await DeadlineSchedule.RescheduleAsync(context.Db, request, context.Instance.Id, policy, context.NowUtc, cancellationToken);
        context.Journal("AnsweredEarlierThisYear",
            $"{earlier.Reference} was answered on {RequesterWords.LocalDate(earlier.ClosedAtUtc, policy)}; one answer per calendar year ({year})");
        if (!await MaySendAsync(accountId, request.Id, cancellationToken))
        {
            request.Throttled = true;
            context.Journal("AnsweredEarlierNoticeThrottled", "the account had its allowance of emails for the hour");
            return StepOutcome.Complete;
        }
        context.Email(EmailComposer.AnsweredEarlierTemplate,
            emails.AnsweredEarlierThisYear(request, context.Definition, earlier.ClosedAtUtc, statusLinks.IssueFor(request, context.NowUtc)));
        return StepOutcome.Complete;
    }

    /// <summary>As the account match claims it: in a transaction of its own, so the claim holds against a racing step.</summary>
    async Task<bool> MaySendAsync(string accountId, Guid requestId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntakeThrottle>().MaySendAsync(accountId, cancellationToken, requestId);
    }
}
