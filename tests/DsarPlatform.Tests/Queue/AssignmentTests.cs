using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Queue;

/// <summary>Claim, assign, unassign and bulk assign through the staff API: agents only, to agents only, journaled, all or nothing.</summary>
public sealed class AssignmentTests : AppTest
{
    QueueSeed Seed = null!;
    string _me = "";

    [SetUp]
    public async Task SignIn()
    {
        Seed = new QueueSeed(App);
        _me = await Seed.UserIdAsync("agent@dsar.local");
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
    }

    Task<DsarRequest> StoredAsync(string reference) =>
        App.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Requests.AsNoTracking().SingleAsync(r => r.Reference == reference));

    Task<List<(string Event, string? Detail, string Actor, string Role)>> JournalAsync(DsarRequest request) =>
        App.InScopeAsync(async services => (await services.GetRequiredService<DsarDbContext>().Journal
            .Where(j => j.RequestId == request.Id).OrderBy(j => j.Id).ToListAsync()).Select(j => (j.Event, j.Detail, j.Actor, j.Role)).ToList());

    [Test, CancelAfter(60_000)]
    public async Task An_agent_claims_assigns_and_unassigns_and_each_change_is_journaled()
    {
        var other = await Seed.StaffAsync("other.agent@dsar.local", StaffRoles.Agent);
        var request = await Seed.AddAsync(RequestType.Deletion, 5);

        var claimed = await Api.Client.PostAsync($"/api/requests/{request.Reference}/assign", null);
        var afterClaim = (await StoredAsync(request.Reference)).AssigneeId;
        var assigned = await Api.Client.PostAsJsonAsync($"/api/requests/{request.Reference}/assign", new { assigneeId = other });
        var afterAssign = (await StoredAsync(request.Reference)).AssigneeId;
        var unassigned = await Api.Client.PostAsync($"/api/requests/{request.Reference}/unassign", null);

        Assert.That(new[] { claimed.StatusCode, assigned.StatusCode, unassigned.StatusCode }, Is.All.EqualTo(HttpStatusCode.NoContent));
        Assert.That((afterClaim, afterAssign, (await StoredAsync(request.Reference)).AssigneeId), Is.EqualTo((_me, other, (string?)null)));
        Assert.That(await JournalAsync(request), Is.EqualTo(new[]
        {
            ("Assigned", (string?)_me, _me, StaffRoles.Agent), ("Assigned", other, _me, StaffRoles.Agent), ("Unassigned", other, _me, StaffRoles.Agent),
        }));
    }

    [Test, CancelAfter(60_000)]
    public async Task Only_agents_can_hold_a_request_and_a_claim_does_not_take_one_from_another_agent()
    {
        var auditor = await Seed.UserIdAsync("auditor@dsar.local");
        var other = await Seed.StaffAsync("other.agent@dsar.local", StaffRoles.Agent);
        var request = await Seed.AddAsync(RequestType.Access, 5, r => r.AssigneeId = other);

        var toAuditor = await Api.Client.PostAsJsonAsync($"/api/requests/{request.Reference}/assign", new { assigneeId = auditor });
        var toNobody = await Api.Client.PostAsJsonAsync($"/api/requests/{request.Reference}/assign", new { assigneeId = "no-such-user" });
        var claim = await Api.Client.PostAsync($"/api/requests/{request.Reference}/assign", null);
        var unknown = await Api.Client.PostAsync("/api/requests/DSR-UNKNOWN/assign", null);

        Assert.That(toAuditor.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await toAuditor.Content.ReadAsStringAsync(), Does.Contain("assigneeId"));
        Assert.That(toNobody.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(claim.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await StoredAsync(request.Reference)).AssigneeId, Is.EqualTo(other));
        Assert.That(await JournalAsync(request), Is.Empty);
    }

    [Test, CancelAfter(60_000)]
    public async Task Bulk_assign_assigns_every_request_or_none_and_names_the_one_in_the_way()
    {
        var other = await Seed.StaffAsync("other.agent@dsar.local", StaffRoles.Agent);
        var requests = new List<DsarRequest>();
        for (var i = 0; i < 3; i++) requests.Add(await Seed.AddAsync(RequestType.Deletion, i));
        var closed = await Seed.AddAsync(RequestType.Access, 9, r => (r.ClosedAtUtc, r.Outcome) = (Seed.Now, RequestOutcome.Fulfilled));
        var references = requests.Select(r => r.Reference).ToList();

        var withUnknown = await Api.Client.PostAsJsonAsync("/api/requests/bulk-assign", new { references = references.Append("DSR-UNKNOWN"), assigneeId = other });
        var withClosed = await Api.Client.PostAsJsonAsync("/api/requests/bulk-assign", new { references = references.Append(closed.Reference), assigneeId = other });
        var untouched = await Task.WhenAll(references.Select(StoredAsync));
        var done = await Api.Client.PostAsJsonAsync("/api/requests/bulk-assign", new { references, assigneeId = other });

        Assert.That(withUnknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await withUnknown.Content.ReadAsStringAsync(), Does.Contain("DSR-UNKNOWN"));
        Assert.That(withClosed.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await withClosed.Content.ReadAsStringAsync(), Does.Contain(closed.Reference));
        Assert.That(untouched.Select(r => r.AssigneeId), Is.All.Null, "a refused bulk assignment changes nothing");
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        foreach (var request in requests)
        {
            Assert.That((await StoredAsync(request.Reference)).AssigneeId, Is.EqualTo(other));
            Assert.That(await JournalAsync(request), Is.EqualTo(new[] { ("Assigned", (string?)other, _me, StaffRoles.Agent) }));
        }
    }

    [Test, CancelAfter(60_000)]
    public async Task An_auditor_is_refused_every_assignment()
    {
        var request = await Seed.AddAsync(RequestType.Deletion, 5);
        await Api.SignInAsync("auditor@dsar.local", "Auditor-Demo-2026!");

        var responses = new[]
        {
            await Api.Client.PostAsync($"/api/requests/{request.Reference}/assign", null),
            await Api.Client.PostAsync($"/api/requests/{request.Reference}/unassign", null),
            await Api.Client.PostAsJsonAsync("/api/requests/bulk-assign", new { references = new[] { request.Reference }, assigneeId = _me }),
        };
        var list = await Api.Client.GetAsync("/api/requests");

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK), "auditors read the queue");
        Assert.That((await StoredAsync(request.Reference)).AssigneeId, Is.Null);
    }
}
