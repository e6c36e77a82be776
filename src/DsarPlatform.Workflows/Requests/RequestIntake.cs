using System.Text.Json;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// Receives a validated submission and starts its workflow. The answer (a new reference) is the same
/// whether or not an account matched, so the form reveals nothing about who has an account. A repeat of an
/// open request is joined to it (<see cref="DuplicateRequests"/>); a request that names an account only by
/// its holder's details gets that holder told (<see cref="HolderNotices"/>).
/// </summary>
public sealed class RequestIntake(DsarDbContext db, WorkflowEngine engine, DefinitionCatalog catalog,
    IAccountLookup accounts, IntakeThrottle throttle, DuplicateRequests duplicates, HolderNotices holderNotices, TimeProvider clock)
{
    public async Task<string> SubmitAsync(IntakeSubmission submission, string channel, CancellationToken cancellationToken)
    {
        var type = submission.ParsedType ?? throw new ArgumentException("Validate the submission first.", nameof(submission));
        var definition = catalog.CurrentFor(type.Key())
            ?? throw new UnsupportedRequestTypeException(type);
        var account = await accounts.FindAsync(Blank(submission.AccountId), Blank(submission.Email), cancellationToken);
        var submitted = new Dictionary<string, string>(submission.DataPoints ?? new Dictionary<string, string>()) { ["fullName"] = submission.FullName! };
        // Only when neither account ID nor email matched: the details may still point at one holder to tell.
        var holder = account is null ? await accounts.FindByDataPointsAsync(submitted, cancellationToken) : null;
        var holderAllowed = holder is not null && await throttle.MaySendAsync(holder.AccountId, cancellationToken);
        var match = account is null
            ? new DataPointMatch([], [])
            : DataPointMatcher.Match(submitted, account.DataPoints, submission.Changes?.Select(c => c.Field));
        var receivedAt = clock.GetUtcNow();
        var due = Deadline.DueAtUtc(receivedAt, definition.Policy);
        var request = new DsarRequest
        {
            Reference = RequestReference.New(),
            Type = type,
            Channel = channel,
            AccountId = account?.AccountId,
            RecordEmail = account?.Email,
            Throttled = account is not null && !await throttle.MaySendAsync(account.AccountId, cancellationToken),
            MatchedDataPoints = string.Join(",", match.Matched),
            MismatchedDataPoints = string.Join(",", match.Mismatched),
            SignedDeclaration = submission.SignedDeclaration,
            SubmittedEmail = submission.Email!.Trim(),
            SubmittedName = submission.FullName!.Trim(),
            DataPointsJson = JsonSerializer.Serialize(submission.DataPoints ?? new Dictionary<string, string>()),
            ReceivedAtUtc = receivedAt.UtcDateTime,
            InitialDueAtUtc = due,
            DueAtUtc = due,
            Corrections = submission.Changes?.Select(c => new CorrectionItem(c.Field, c.NewValue.Trim(), c.Why?.Trim())).ToList() ?? [],
        };
        await engine.CommitAsync(async ct =>
        {
            // A conflict runs this again (the open request may have closed meanwhile): start from the request as received.
            (request.DuplicateOfRequestId, request.Outcome, request.ClosedAtUtc, request.HolderNotifiedAtUtc) = (null, null, null, null);
            db.Requests.Add(request);
            if (account is not null && await duplicates.FindOpenAsync(account.AccountId, type, ct) is { } open)
            {
                await duplicates.LinkAsync(request, open, definition, ct);
                return true;
            }
            var instance = await engine.StartAsync(request.Id, definition, ct);
            await DeadlineSchedule.RescheduleAsync(db, request, instance.Id, definition.Policy, receivedAt.UtcDateTime, ct);
            if (holder is not null) holderNotices.Add(new RequestCase(request, instance, definition), holder, holderAllowed);
            return true;
        }, cancellationToken);
        return request.Reference;
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
