using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Regimes;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;
using DsarPlatform.Workflows.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Workflows.Activities;

/// <summary>
/// The first step, run after intake has answered, so neither the answer nor its timing can depend on what it
/// finds. It asks the directory for the account (by the typed account ID, else the email on record; failing
/// both, the profiles sharing a word of the typed name), then billing for the cards of what the directory
/// found; both answer over the bus with sealed records. A matched account gets its email on record and what
/// the details matched, and the receipt confirmation where the policy requires one; a repeat of an open request is joined to it and ends here (<see cref="DuplicateRequests"/>); a request no account matched, whose details identify one holder, gets that holder told.
/// </summary>
public sealed class MatchAccountActivity(
    RequestStepContexts contexts, PayloadSeal seal, DuplicateRequests duplicates, HolderNotices holderNotices, ReceiptConfirmations receipts,
    RegimeCatalog regimes, IServiceScopeFactory scopes)
    : RequestActivity(contexts)
{
    /// <summary>
    /// Holder candidates (same name, no detail contradicting) billing is asked about. More than this many people
    /// fitting the typed details cannot make one holder, so nobody is told.
    /// </summary>
    public const int MaxHolderCandidates = 10;

    public const string ActivityName = "MatchAccount";

    public override string Name => ActivityName;

    public override async Task<StepOutcome> StartAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        await DeadlineSchedule.RescheduleAsync(context.Db, context.Request, context.Instance.Id, context.Policy, context.NowUtc, cancellationToken);
        ReceiptConfirmations.ScheduleCheck(context);
        context.DispatchStoreTask(StoreNames.Directory, StoreActions.Identify);
        return StoreTaskWaits.WaitForStep(context);
    }

    public override async Task<StepOutcome> ResumeAsync(RequestStepContext context, WorkflowEvent workflowEvent, CancellationToken cancellationToken)
    {
        var tasks = await StoreTaskWaits.TasksOfStepAsync(context, workflowEvent, cancellationToken);
        if (StoreTaskWaits.Settle(context, tasks, workflowEvent) is { } waitingOrFailed) return waitingOrFailed;

        var submitted = Submitted(context.Request);
        var directory = Records(tasks, StoreNames.Directory);
        var primary = directory.FirstOrDefault(r => r.Primary);
        var candidates = primary is not null ? [primary] : directory.Where(r => HolderIdentification.MayIdentify(DataPointMatcher.Match(submitted, r.DataPoints))).ToList();
        var billing = tasks.FirstOrDefault(t => t.Store == StoreNames.Billing);
        if (billing is null && candidates.Count is > 0 and <= MaxHolderCandidates)
        {
            context.DispatchStoreTask(StoreNames.Billing, StoreActions.Identify, JsonSerializer.Serialize(candidates.Select(c => c.AccountId)));
            return StoreTaskWaits.WaitForStep(context);
        }

        var records = WithCards(candidates, billing is null ? [] : Records(tasks, StoreNames.Billing));
        return primary is not null
            ? await MatchedAsync(context, records.Single(), submitted, cancellationToken)
            : await UnmatchedAsync(context, records, submitted, cancellationToken);
    }

    async Task<StepOutcome> MatchedAsync(RequestStepContext context, AccountRecord account, IReadOnlyDictionary<string, string> submitted, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var match = DataPointMatcher.Match(submitted, account.DataPoints, request.Corrections.Select(c => c.Field));
        request.AccountId = account.AccountId;
        request.RecordEmail = account.Email;
        request.MatchedDataPoints = string.Join(",", match.Matched);
        request.MismatchedDataPoints = string.Join(",", match.Mismatched);
        context.Journal("AccountMatched", $"account {account.AccountId}; details matched: {match.MatchedCount}, contradicted: {match.Mismatched.Count}");
        await ConsiderRecordCountryAsync(context, account, cancellationToken);
        if (await duplicates.FindOpenAsync(request, cancellationToken) is not { } open)
        {
            receipts.Confirm(context);
            return StepOutcome.Next;
        }
        await duplicates.LinkAsync(context, open, () => MaySendAsync(account.AccountId, request.Id, cancellationToken), cancellationToken);
        return StepOutcome.Complete;
    }

    /// <summary>
    /// The record's country fills in when the requester stated no residence (<see cref="RegimeSelection"/>); a new regime
    /// recomputes the due date from the same receipt, keeping any move it already had, and reschedules its timers.
    /// </summary>
    async Task ConsiderRecordCountryAsync(RequestStepContext context, AccountRecord account, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var stated = JsonSerializer.Deserialize<Dictionary<string, string>>(request.DataPointsJson);
        var choice = RegimeSelection.Choose(regimes, stated, account.DataPoints.GetValueOrDefault(RegimeSelection.CountryKey));
        if (choice.Disagreement is { } disagreement) context.Journal("RegimeDisagreement", disagreement);
        if (choice.Regime.Id == request.RegimeId) return;
        if (!choice.Regime.Offers(request.Type.Key()))
        {
            context.Journal("RegimeKept", $"{request.RegimeId}: {choice.Regime.Id} ({choice.Reason}) does not offer {request.Type.Key()} requests");
            return;
        }
        request.RegimeId = choice.Regime.Id;
        request.RegimeReason = choice.Reason;
        var due = Deadline.DueAtUtc(new DateTimeOffset(request.ReceivedAtUtc, TimeSpan.Zero), context.Policy);
        request.DueAtUtc += due - request.InitialDueAtUtc;
        request.InitialDueAtUtc = due;
        await DeadlineSchedule.RescheduleAsync(context.Db, request, context.Instance.Id, context.Policy, context.NowUtc, cancellationToken);
        await ReceiptConfirmations.RescheduleCheckAsync(context, cancellationToken);
        context.Journal(IntakeCommits.RegimeSelectedEvent, $"{choice.Regime.Id}: {choice.Reason}; due {request.DueAtUtc:O}");
    }

    async Task<StepOutcome> UnmatchedAsync(RequestStepContext context, IReadOnlyList<AccountRecord> candidates, IReadOnlyDictionary<string, string> submitted, CancellationToken cancellationToken)
    {
        context.Journal("NoAccountMatched", "neither the account ID nor the email given is on record");
        receipts.Confirm(context);
        if (HolderIdentification.Unique(candidates, submitted) is { } holder)
            holderNotices.Add(new RequestCase(context.Request, context.Instance, context.Definition), holder, await MaySendAsync(holder.AccountId, context.Request.Id, cancellationToken));
        return StepOutcome.Next;
    }

    /// <summary>
    /// The allowance is claimed in a transaction of its own, committed before this step's (the claim must hold even
    /// against a racing step); a step run again after a conflict finds its request's claim and spends no other.
    /// </summary>
    async Task<bool> MaySendAsync(string accountId, Guid requestId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntakeThrottle>().MaySendAsync(accountId, cancellationToken, requestId);
    }

    static Dictionary<string, string> Submitted(DsarRequest request) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(request.DataPointsJson) ?? [], StringComparer.Ordinal)
        {
            [HolderIdentification.NameField] = request.SubmittedName,
        };

    List<AccountOnRecord> Records(IEnumerable<StoreTask> tasks, string store) =>
        tasks.Where(t => t.Store == store && t.Outcome?.SealedAccounts is not null)
            .SelectMany(t => JsonSerializer.Deserialize<List<AccountOnRecord>>(seal.Open(t.Outcome!.SealedAccounts!), JsonSerializerOptions.Web) ?? [])
            .ToList();

    /// <summary>The directory's records with the card digits billing holds for the same accounts.</summary>
    static List<AccountRecord> WithCards(IEnumerable<AccountOnRecord> directory, IReadOnlyList<AccountOnRecord> billing) =>
        directory.Where(r => r.Email is not null).Select(r =>
        {
            var points = new Dictionary<string, string>(r.DataPoints);
            foreach (var card in billing.Where(b => b.AccountId == r.AccountId))
                foreach (var (name, value) in card.DataPoints) points[name] = value;
            return new AccountRecord(r.AccountId, r.Email!, points);
        }).ToList();
}
