using System.Text.Json;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Regimes;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// Receives a validated submission: records the request as typed and its workflow instance in one transaction
/// (<see cref="IntakeCommits"/>),
/// and nothing more, so the answer (a new reference) is the same, and as fast, whether or not an account
/// matches. Everything that depends on the account (lookup, matching, joining a repeat, telling a holder, the
/// email allowance) is the workflow's first step, run right after the commit (<see cref="Activities.MatchAccountActivity"/>).
/// </summary>
public sealed class RequestIntake(IntakeCommits commits, DefinitionCatalog catalog, RegimeCatalog regimes, TimeProvider clock)
{
    public Task<string> SubmitAsync(IntakeSubmission submission, string channel, CancellationToken cancellationToken) =>
        SubmitAsync(submission, channel, null, cancellationToken);

    /// <summary>
    /// A request as received on <paramref name="channel"/> ("web", "api", or one of <see cref="IntakeChannels.Recorded"/>
    /// when an agent took it down: <paramref name="recordedBy"/> is then journaled as who recorded its arrival). It runs
    /// the same workflow either way, verification through the email on record included. The regime comes from the stated
    /// residence (<see cref="RegimeSelection"/>) and sets the due date; a type it does not offer is refused
    /// (<see cref="RequestTypeNotOfferedException"/>).
    /// </summary>
    public Task<string> SubmitAsync(IntakeSubmission submission, string channel, StaffActor? recordedBy, CancellationToken cancellationToken) =>
        SubmitAsync(submission, channel, recordedBy, null, cancellationToken);

    /// <summary>
    /// As above, with a row made from the new request (an authorized agent's DRP record of it) committed in the same
    /// transaction, so neither exists without the other.
    /// </summary>
    public async Task<string> SubmitAsync(IntakeSubmission submission, string channel, StaffActor? recordedBy,
        Func<DsarRequest, object>? companion, CancellationToken cancellationToken)
    {
        var type = submission.ParsedType ?? throw new ArgumentException("Validate the submission first.", nameof(submission));
        var definition = catalog.CurrentFor(type.Key())
            ?? throw new UnsupportedRequestTypeException(type);
        var regime = RegimeSelection.Choose(regimes, submission.DataPoints);
        if (!regime.Regime.Offers(type.Key())) throw new RequestTypeNotOfferedException(NotOffered(type, regime.Regime));
        var receivedAt = clock.GetUtcNow();
        var due = Deadline.DueAtUtc(receivedAt, definition.PolicyFor(regime.Regime.Id));
        var request = new DsarRequest
        {
            Reference = RequestReference.New(),
            Type = type,
            Channel = channel,
            SubmittedAccountId = Blank(submission.AccountId),
            SignedDeclaration = submission.SignedDeclaration,
            SubmittedEmail = submission.Email!.Trim(),
            SubmittedName = submission.FullName!.Trim(),
            DataPointsJson = JsonSerializer.Serialize(submission.DataPoints ?? new Dictionary<string, string>()),
            RegimeId = regime.Regime.Id,
            RegimeReason = regime.Reason,
            ReceivedAtUtc = receivedAt.UtcDateTime,
            InitialDueAtUtc = due,
            DueAtUtc = due,
            Corrections = submission.Changes?.Select(c => new CorrectionItem(c.Field, c.NewValue.Trim(), c.Why?.Trim())).ToList() ?? [],
        };
        await commits.CommitAsync(request, definition, recordedBy, cancellationToken, companion?.Invoke(request));
        return request.Reference;
    }

    string NotOffered(RequestType type, Regime regime)
    {
        var offering = regimes.All.Where(r => r.Offers(type.Key())).Select(r => r.Name).ToList();
        return $"We do not take {type.Key()} requests from residents covered by {regime.Name}. "
            + (offering.Count == 0 ? "No regime offers them." : $"They are offered under: {string.Join("; ", offering)}.");
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
