using System.Linq.Expressions;
using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Data.AtRest;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Staff;

/// <summary>
/// The agents' queue. Open requests come by due date (overdue first, then fewest days left), ties by id; a paused clock
/// keeps its place by its due date but is shown as paused, never as overdue. Closed requests come newest first. Pages are
/// keyset pages (strictly after the previous page's last (due, id) or (closed, id)), so a deep page costs what the first
/// does; partial indexes on the open and closed rows (<c>DsarRequestConfiguration</c>) serve the sort and the type and
/// assignee filters. "Needs action" is computed from the instance's bookmark, open incidents, unacknowledged notices
/// and the journal, never stored.
/// </summary>
public sealed class RequestQueue(DsarDbContext db, DefinitionCatalog catalog, TimeProvider clock)
{
    public async Task<QueuePage> ReadAsync(QueueFilter filter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = Filter(Sources(), filter, now.UtcDateTime);
        rows = filter.Closed ? Closed(rows, filter.After) : Open(rows, filter.After);
        var found = await rows.Take(filter.PageSize + 1).AsNoTracking().ToListAsync(cancellationToken);
        var items = found.Take(filter.PageSize).Select(s => Row(s, now)).ToList();
        var last = found.Count > filter.PageSize ? found[filter.PageSize - 1].Request : null;
        return new QueuePage(items, last is null ? null : new QueueCursor(filter.Closed ? last.ClosedAtUtc!.Value : last.DueAtUtc, last.Id));
    }

    /// <summary>
    /// Waiting on an agent: verification short of its level, correction decisions, an open incident, an unacknowledged
    /// reminder or overdue notice, or a requester's answer no agent has acted on yet.
    /// </summary>
    static readonly Expression<Func<QueueSource, bool>> NeedsAction = s =>
        (s.Instance.Status == InstanceStatus.Waiting && s.Instance.BookmarkKind == BookmarkKind.Signal
            && (s.Instance.BookmarkKey == VerifyIdentityActivity.VerifiedByAgentSignal || s.Instance.BookmarkKey == AgentReviewActivity.ReviewedSignal))
        || s.OpenIncident || s.OpenNotice || s.UnreadAnswer;

    static readonly Func<QueueSource, bool> NeedsActionInMemory = NeedsAction.Compile();

    IQueryable<QueueSource> Sources() =>
        from r in db.Requests
        join i in db.Instances on r.Id equals i.RequestId
        select new QueueSource
        {
            Request = r,
            Instance = i,
            AssigneeEmail = db.Users.Where(u => u.Id == r.AssigneeId).Select(u => u.Email).FirstOrDefault(),
            OpenIncident = db.Incidents.Any(x => x.RequestId == r.Id && x.ResolvedAtUtc == null),
            // A reminder or the overdue escalation needs an agent until one acts on the request after it was raised.
            OpenNotice = db.AgentNotices.Any(n => n.RequestId == r.Id && n.AcknowledgedAtUtc == null
                && !db.Journal.Any(j => j.RequestId == r.Id && j.Role == StaffRoles.Agent && j.AtUtc >= n.RaisedAtUtc
                    && j.Event != AssignmentActions.AssignedEvent && j.Event != AssignmentActions.UnassignedEvent)),
            UnreadAnswer = r.RequesterAnswer != null && r.AwaitingRequesterSinceUtc == null
                && !db.Journal.Any(j => j.RequestId == r.Id && j.Role == StaffRoles.Agent
                    && j.Event != AssignmentActions.AssignedEvent && j.Event != AssignmentActions.UnassignedEvent
                    && j.Id > db.Journal.Where(k => k.RequestId == r.Id && k.Event == "InformationProvided").Max(k => k.Id)),
        };

    IQueryable<QueueSource> Filter(IQueryable<QueueSource> rows, QueueFilter filter, DateTime nowUtc)
    {
        rows = filter.Closed ? rows.Where(s => s.Request.ClosedAtUtc != null) : rows.Where(s => s.Request.ClosedAtUtc == null);
        if (filter.Status is { } status) rows = rows.Where(s => s.Instance.Status == status);
        if (filter.Type is { } type) rows = rows.Where(s => s.Request.Type == type);
        if (filter.AssigneeId is { } assignee) rows = rows.Where(s => s.Request.AssigneeId == assignee);
        else if (filter.Unassigned) rows = rows.Where(s => s.Request.AssigneeId == null);
        if (filter.Channel is { } channel) rows = rows.Where(s => s.Request.Channel == channel);
        if (filter.Outcome is { } outcome) rows = rows.Where(s => s.Request.Outcome == outcome);
        if (filter.NeedsAction is { } needsAction) rows = rows.Where(needsAction ? NeedsAction : Not(NeedsAction));
        if (filter.Search is { } q)
        {
            var reference = q.ToUpperInvariant();
            // Emails are sealed at rest: an email is matched (exactly, in any case) through the blind indexes.
            var email = db.BlindIndex(q);
            var submitted = PersonalData.IndexOf(nameof(DsarRequest.SubmittedEmail));
            var onRecord = PersonalData.IndexOf(nameof(DsarRequest.RecordEmail));
            rows = rows.Where(s => s.Request.Reference == reference || s.Request.AccountId == q
                || EF.Property<string?>(s.Request, submitted) == email || EF.Property<string?>(s.Request, onRecord) == email);
        }
        rows = filter.Verification switch
        {
            VerificationState.Verified => rows.Where(s => s.Request.VerifiedAtUtc != null),
            VerificationState.ShortOfLevel => rows.Where(s => s.Request.VerifiedAtUtc == null && s.Instance.Status == InstanceStatus.Waiting
                && s.Instance.BookmarkKind == BookmarkKind.Signal && s.Instance.BookmarkKey == VerifyIdentityActivity.VerifiedByAgentSignal),
            VerificationState.Unverified => rows.Where(s => s.Request.VerifiedAtUtc == null && !(s.Instance.Status == InstanceStatus.Waiting
                && s.Instance.BookmarkKind == BookmarkKind.Signal && s.Instance.BookmarkKey == VerifyIdentityActivity.VerifiedByAgentSignal)),
            _ => rows,
        };
        if (filter.Overdue is { } overdue)
        {
            // Paused = waiting on the requester under a definition and regime that pause the clock (see NonPausingPolicies).
            var nonPausing = NonPausingPolicies();
            rows = overdue
                ? rows.Where(s => s.Request.DueAtUtc < nowUtc && (s.Request.AwaitingRequesterSinceUtc == null || nonPausing.Contains(s.Instance.DefinitionId + "/" + s.Request.RegimeId)))
                : rows.Where(s => s.Request.DueAtUtc >= nowUtc || (s.Request.AwaitingRequesterSinceUtc != null && !nonPausing.Contains(s.Instance.DefinitionId + "/" + s.Request.RegimeId)));
        }
        return rows;
    }

    /// <summary>
    /// "definition/regime" pairs with a version whose clock runs on while waiting on the requester. The filter treats every
    /// version of such a pair as not pausing (versions rarely differ here); each row's own flag uses its exact version.
    /// </summary>
    List<string> NonPausingPolicies() =>
        catalog.All.SelectMany(d => d.RegimePolicies.Count == 0 ? [KeyValuePair.Create(DsarRequest.DefaultRegimeId, d.Policy)] : d.RegimePolicies.AsEnumerable(),
                (d, p) => (Key: $"{d.Id}/{p.Key}", Pauses: p.Value.PauseClockWhileWaitingOnRequester))
            .Where(p => !p.Pauses).Select(p => p.Key).Distinct().ToList();

    static IQueryable<QueueSource> Open(IQueryable<QueueSource> rows, QueueCursor? after)
    {
        if (after is { } c) rows = rows.Where(s => s.Request.DueAtUtc >= c.AtUtc && (s.Request.DueAtUtc > c.AtUtc || s.Request.Id > c.Id));
        return rows.OrderBy(s => s.Request.DueAtUtc).ThenBy(s => s.Request.Id);
    }

    static IQueryable<QueueSource> Closed(IQueryable<QueueSource> rows, QueueCursor? after)
    {
        if (after is { } c) rows = rows.Where(s => s.Request.ClosedAtUtc <= c.AtUtc && (s.Request.ClosedAtUtc < c.AtUtc || s.Request.Id < c.Id));
        return rows.OrderByDescending(s => s.Request.ClosedAtUtc).ThenByDescending(s => s.Request.Id);
    }

    QueueRow Row(QueueSource s, DateTimeOffset now)
    {
        var (request, instance) = (s.Request, s.Instance);
        var policy = catalog.Get(instance.DefinitionId, instance.DefinitionVersion).PolicyFor(request.RegimeId);
        var open = request.ClosedAtUtc is null;
        var paused = open && request.IsClockPaused(policy);
        var daysLeft = Deadline.DaysLeft(request.DueAtUtc, paused ? request.AwaitingRequesterSinceUtc : null, now, policy);
        var verification = request.VerifiedAtUtc is not null ? VerificationState.Verified
            : instance.IsWaitingOn(BookmarkKind.Signal, VerifyIdentityActivity.VerifiedByAgentSignal) ? VerificationState.ShortOfLevel
            : VerificationState.Unverified;
        return new QueueRow(request.Reference, request.Type, instance.Status, instance.CurrentStep, QueueWaits.Describe(instance),
            verification, request.AssigneeId, s.AssigneeEmail, request.DueAtUtc, daysLeft,
            Overdue: open && !paused && request.DueAtUtc < now.UtcDateTime, paused, s.OpenIncident, open && NeedsActionInMemory(s),
            request.Channel, request.AccountId, request.ClosedAtUtc, request.Outcome, request.RegimeId, request.RegimeReason);
    }

    static Expression<Func<QueueSource, bool>> Not(Expression<Func<QueueSource, bool>> predicate) =>
        Expression.Lambda<Func<QueueSource, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
