using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Api;
using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Queue;

/// <summary>The queue as <c>GET /api/requests</c> and <see cref="RequestQueue"/> give it: order, filters, search, paging.</summary>
public sealed class QueueListTests : AppTest
{
    QueueSeed Seed = null!;

    [SetUp]
    public async Task SignIn()
    {
        Seed = new QueueSeed(App);
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
    }

    async Task<IReadOnlyList<QueueItemView>> ListAsync(string query = "")
    {
        var response = await Api.Client.GetAsync($"/api/requests?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<QueueListView>())!.Items;
    }

    async Task<IReadOnlyList<string>> ReferencesAsync(string query = "") => (await ListAsync(query)).Select(i => i.Reference).ToList();

    [Test, CancelAfter(60_000)]
    public async Task Open_requests_come_overdue_first_then_fewest_days_left()
    {
        var later = await Seed.AddAsync(RequestType.Deletion, 20);
        var overdue = await Seed.AddAsync(RequestType.Access, -2);
        var soon = await Seed.AddAsync(RequestType.Correction, 3);
        var mostOverdue = await Seed.AddAsync(RequestType.Deletion, -5);

        var items = await ListAsync();

        Assert.That(items.Select(i => i.Reference), Is.EqualTo(new[] { mostOverdue.Reference, overdue.Reference, soon.Reference, later.Reference }));
        Assert.That(items.Select(i => i.Overdue), Is.EqualTo(new[] { true, true, false, false }));
        Assert.That(items[2].DaysLeft, Is.EqualTo(3).Within(1));
    }

    [Test, CancelAfter(60_000)]
    public async Task A_paused_clock_is_shown_as_paused_and_never_as_overdue()
    {
        var paused = await Seed.AddAsync(RequestType.Access, -1, r => r.AwaitingRequesterSinceUtc = Seed.Now.AddDays(-4));
        var overdue = await Seed.AddAsync(RequestType.Access, -1.5);

        var items = await ListAsync();
        var row = items.Single(i => i.Reference == paused.Reference);

        Assert.That((row.Paused, row.Overdue), Is.EqualTo((true, false)));
        Assert.That(items.Select(i => i.Reference), Is.EqualTo(new[] { overdue.Reference, paused.Reference }), "a paused request keeps its place by its due date");
        Assert.That(await ReferencesAsync("overdue=true"), Is.EqualTo(new[] { overdue.Reference }));
        Assert.That(await ReferencesAsync("overdue=false"), Is.EqualTo(new[] { paused.Reference }));
    }

    [Test, CancelAfter(60_000)]
    public async Task Each_filter_keeps_only_the_requests_that_match_it()
    {
        var me = await Seed.UserIdAsync("agent@dsar.local");
        var other = await Seed.StaffAsync("other.agent@dsar.local", StaffRoles.Agent);
        var mine = await Seed.AddAsync(RequestType.Deletion, 5, r => r.AssigneeId = me);
        var theirs = await Seed.AddAsync(RequestType.Access, 6, r => r.AssigneeId = other, channel: "phone");
        var verified = await Seed.AddAsync(RequestType.Correction, 7, r => r.VerifiedAtUtc = Seed.Now,
            i => (i.BookmarkKind, i.BookmarkKey) = (BookmarkKind.StoreTasks, null));
        var shortOfLevel = await Seed.AddAsync(RequestType.Access, 8, instance: i => i.BookmarkKey = VerifyIdentityActivity.VerifiedByAgentSignal);
        var faulted = await Seed.AddAsync(RequestType.Deletion, 9, instance: i => i.Status = InstanceStatus.Faulted);
        var overdue = await Seed.AddAsync(RequestType.Correction, -1);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await ReferencesAsync("type=deletion"), Is.EqualTo(new[] { mine.Reference, faulted.Reference }));
            Assert.That(await ReferencesAsync("status=faulted"), Is.EqualTo(new[] { faulted.Reference }));
            Assert.That(await ReferencesAsync("assignee=me"), Is.EqualTo(new[] { mine.Reference }));
            Assert.That(await ReferencesAsync($"assignee={other}"), Is.EqualTo(new[] { theirs.Reference }));
            Assert.That(await ReferencesAsync("assignee=unassigned"), Is.EqualTo(new[] { overdue.Reference, verified.Reference, shortOfLevel.Reference, faulted.Reference }));
            Assert.That(await ReferencesAsync("channel=phone"), Is.EqualTo(new[] { theirs.Reference }));
            Assert.That(await ReferencesAsync("verification=verified"), Is.EqualTo(new[] { verified.Reference }));
            Assert.That(await ReferencesAsync("verification=shortOfLevel"), Is.EqualTo(new[] { shortOfLevel.Reference }));
            Assert.That(await ReferencesAsync("verification=unverified"), Is.EqualTo(new[] { overdue.Reference, mine.Reference, theirs.Reference, faulted.Reference }));
            Assert.That(await ReferencesAsync("overdue=true"), Is.EqualTo(new[] { overdue.Reference }));
            Assert.That(await ReferencesAsync("type=access&needsAction=true"), Is.EqualTo(new[] { shortOfLevel.Reference }));
        });
        var items = await ListAsync($"assignee={other}");
        Assert.That((items[0].Assignee, items[0].AssigneeId, items[0].Type, items[0].Status), Is.EqualTo(("other.agent@dsar.local", other, "access", "waiting")));
    }

    [Test, CancelAfter(60_000)]
    public async Task Search_finds_a_request_by_reference_in_any_case_or_by_account_id()
    {
        var wanted = await Seed.AddAsync(RequestType.Deletion, 5);
        var byAccount = await Seed.AddAsync(RequestType.Access, 6, r => r.AccountId = "carol.demo");
        await Seed.AddAsync(RequestType.Access, 7);

        Assert.That(await ReferencesAsync($"q={wanted.Reference.ToLowerInvariant()}"), Is.EqualTo(new[] { wanted.Reference }));
        Assert.That(await ReferencesAsync("q=carol.demo"), Is.EqualTo(new[] { byAccount.Reference }));
        Assert.That(await ReferencesAsync("q=nobody"), Is.Empty);
    }

    [Test, CancelAfter(60_000)]
    public async Task Search_finds_a_request_by_its_sealed_email_typed_or_on_record_in_any_case()
    {
        await Seed.AddAsync(RequestType.Deletion, 5);
        var onRecord = await Seed.AddAsync(RequestType.Access, 6, r => r.RecordEmail = "Carol.Record@example.com");

        Assert.That(await ReferencesAsync("q=carol.record@EXAMPLE.com"), Is.EqualTo(new[] { onRecord.Reference }));
        Assert.That(await ReferencesAsync("q=someone@example.com"), Has.Count.EqualTo(2), "both were typed with this email");
        Assert.That(await ReferencesAsync("q=carol@example.com"), Is.Empty);
    }

    [Test, CancelAfter(60_000)]
    public async Task Needs_action_lists_what_waits_on_an_agent_and_nothing_else()
    {
        var calm = await Seed.AddAsync(RequestType.Deletion, 1);
        var verify = await Seed.AddAsync(RequestType.Access, 2, instance: i => i.BookmarkKey = VerifyIdentityActivity.VerifiedByAgentSignal);
        var review = await Seed.AddAsync(RequestType.Correction, 3, r => r.VerifiedAtUtc = Seed.Now, i => i.BookmarkKey = AgentReviewActivity.ReviewedSignal);
        var incident = await Seed.AddAsync(RequestType.Deletion, 4, instance: i => i.Status = InstanceStatus.Faulted,
            more: (db, r, i) => db.Incidents.Add(new Incident { RequestId = r.Id, InstanceId = i.Id, Step = i.CurrentStep, Cause = "store failed", RaisedAtUtc = Seed.Now }));
        await Seed.AddAsync(RequestType.Deletion, 5, instance: i => i.Status = InstanceStatus.Faulted,
            more: (db, r, i) => db.Incidents.Add(new Incident { RequestId = r.Id, InstanceId = i.Id, Step = i.CurrentStep, Cause = "fixed", RaisedAtUtc = Seed.Now, ResolvedAtUtc = Seed.Now }));
        var notice = await Seed.AddAsync(RequestType.Access, 6,
            more: (db, r, _) => db.AgentNotices.Add(new AgentNotice { RequestId = r.Id, Key = "reminder-7d", Kind = TimerKind.Reminder, DueAtUtc = r.DueAtUtc, RaisedAtUtc = Seed.Now }));
        await Seed.AddAsync(RequestType.Access, 7,
            more: (db, r, _) => db.AgentNotices.Add(new AgentNotice { RequestId = r.Id, Key = "reminder-7d", Kind = TimerKind.Reminder, DueAtUtc = r.DueAtUtc, RaisedAtUtc = Seed.Now, AcknowledgedAtUtc = Seed.Now }));
        await Seed.AddAsync(RequestType.Access, 7, more: (db, r, i) =>
        {
            db.AgentNotices.Add(new AgentNotice { RequestId = r.Id, Key = "overdue", Kind = TimerKind.Overdue, DueAtUtc = r.DueAtUtc, RaisedAtUtc = Seed.Now });
            db.Journal.Append(r.Id, i.Id, i.CurrentStep, "NoteAdded", "agent-1", StaffRoles.Agent, Seed.Now.AddMinutes(5));
        });
        var answered = await Seed.AddAsync(RequestType.Access, 8, r => (r.RequesterQuestion, r.RequesterAnswer) = ("Which phone?", "The old one."),
            more: (db, r, i) => Journal(db, r, i, "InformationRequested", "agent-1", StaffRoles.Agent, "InformationProvided", "requester", "DataSubject"));
        await Seed.AddAsync(RequestType.Access, 9, r => (r.RequesterQuestion, r.RequesterAnswer) = ("Which phone?", "The old one."),
            more: (db, r, i) => Journal(db, r, i, "InformationProvided", "requester", "DataSubject", "DeadlineExtended", "agent-1", StaffRoles.Agent));
        await Seed.AddAsync(RequestType.Access, 10, r => (r.RequesterQuestion, r.AwaitingRequesterSinceUtc) = ("Which phone?", Seed.Now));

        var needing = await ListAsync("needsAction=true");

        Assert.That(needing.Select(i => i.Reference), Is.EqualTo(new[] { verify.Reference, review.Reference, incident.Reference, notice.Reference, answered.Reference }));
        Assert.That(needing.All(i => i.NeedsAction));
        Assert.That(needing.Single(i => i.Reference == incident.Reference).Incident);
        Assert.That(await ReferencesAsync("needsAction=false"), Has.Member(calm.Reference).And.Count.EqualTo(6), "a notice an agent acted on after it was raised no longer needs action");
    }

    static void Journal(DsarDbContext db, DsarRequest request, WorkflowInstance instance, params string[] entries)
    {
        for (var i = 0; i < entries.Length; i += 3)
            db.Journal.Append(request.Id, instance.Id, instance.CurrentStep, entries[i], entries[i + 1], entries[i + 2], request.ReceivedAtUtc.AddHours(i));
    }

    [Test, CancelAfter(120_000)]
    public async Task Pages_follow_each_other_without_repeating_or_skipping_a_request()
    {
        var expected = new List<DsarRequest>();
        for (var i = 0; i < 23; i++) expected.Add(await Seed.AddAsync(RequestType.Deletion, i / 4 - 2)); // ties on the due date
        var closedAt = Seed.Now;
        var closed = new List<DsarRequest>();
        for (var i = 0; i < 9; i++)
            closed.Add(await Seed.AddAsync(RequestType.Access, -20, r => (r.ClosedAtUtc, r.Outcome) = (closedAt.AddHours(-(i / 2)), i % 3 == 0 ? RequestOutcome.Denied : RequestOutcome.Fulfilled)));

        var open = await ReadAllAsync(new QueueFilter { PageSize = 5 });
        var all = await ReadAllAsync(new QueueFilter { Closed = true, PageSize = 2 });
        var denied = await ReadAllAsync(new QueueFilter { Closed = true, Outcome = RequestOutcome.Denied, PageSize = 2 });

        Assert.That(open, Is.EqualTo(expected.OrderBy(r => r.DueAtUtc).ThenBy(r => r.Id.ToString().ToUpperInvariant(), StringComparer.Ordinal).Select(r => r.Reference)));
        Assert.That(all, Is.Unique.And.EquivalentTo(closed.Select(r => r.Reference)));
        Assert.That(all.Select(reference => closed.Single(r => r.Reference == reference).ClosedAtUtc), Is.Ordered.Descending);
        Assert.That(denied, Is.EquivalentTo(closed.Where(r => r.Outcome == RequestOutcome.Denied).Select(r => r.Reference)));
    }

    async Task<List<string>> ReadAllAsync(QueueFilter filter)
    {
        var seen = new List<string>();
        for (var pages = 0; pages < 50; pages++)
        {
            var page = await App.InScopeAsync(services => services.GetRequiredService<RequestQueue>().ReadAsync(filter, CancellationToken.None));
            seen.AddRange(page.Items.Select(i => i.Reference));
            if (page.NextCursor is null) return seen;
            filter = filter with { After = page.NextCursor };
        }
        throw new AssertionException("paging did not end");
    }

    [Test, CancelAfter(60_000)]
    public async Task The_json_list_carries_a_cursor_to_the_next_page_and_refuses_bad_filters_by_name()
    {
        for (var i = 0; i < 52; i++) await Seed.AddAsync(RequestType.Deletion, i);

        var first = (await Api.Client.GetFromJsonAsync<QueueListView>("/api/requests"))!;
        var second = (await Api.Client.GetFromJsonAsync<QueueListView>($"/api/requests?cursor={first.NextCursor}"))!;

        Assert.That((first.Items.Count, second.Items.Count, second.NextCursor), Is.EqualTo((50, 2, (string?)null)));
        Assert.That(first.Items.Select(i => i.Reference).Intersect(second.Items.Select(i => i.Reference)), Is.Empty);
        foreach (var (query, field) in new[] { ("status=sleeping", "status"), ("type=refund", "type"), ("needsAction=maybe", "needsAction"),
                     ("cursor=abc", "cursor"), ("outcome=denied", "outcome"), ("verification=7", "verification"), ("closed=yes", "closed") })
        {
            var response = await Api.Client.GetAsync($"/api/requests?{query}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), query);
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain($"\"{field}\""), query);
        }
    }
}
