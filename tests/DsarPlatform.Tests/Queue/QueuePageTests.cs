using System.Net;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Queue;

/// <summary>The /staff page: the list with its filters for everyone who reads it, the assignment forms for agents only.</summary>
public sealed class QueuePageTests : AppTest
{
    QueueSeed Seed = null!;

    [SetUp]
    public void Create() => Seed = new QueueSeed(App);

    Task<List<string?>> AssigneesAsync(IEnumerable<DsarRequest> requests)
    {
        var ids = requests.Select(r => r.Id).ToList();
        return App.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Requests
            .Where(r => ids.Contains(r.Id)).Select(r => r.AssigneeId).ToListAsync());
    }

    [Test, CancelAfter(60_000)]
    public async Task An_agent_sees_the_queue_with_links_to_each_request_and_the_assignment_forms()
    {
        var me = await Seed.UserIdAsync("agent@dsar.local");
        var mine = await Seed.AddAsync(RequestType.Deletion, 1, r => r.AssigneeId = me);
        var free = await Seed.AddAsync(RequestType.Deletion, 2);
        var access = await Seed.AddAsync(RequestType.Access, 3);
        await SignInAsync("agent@dsar.local", "Agent-Demo-2026!");

        var page = await Api.Client.GetStringAsync("/staff?type=deletion");
        var assignedToMe = await Api.Client.GetStringAsync("/staff?assignee=me");

        Assert.That(page, Does.Contain("<caption>").And.Contain("scope=\"col\"").And.Contain($"href=\"/staff/requests/{free.Reference}\""));
        Assert.That(page, Does.Contain("Assign selected").And.Contain($"aria-label=\"Claim {free.Reference}\"").And.Not.Contain($"aria-label=\"Claim {mine.Reference}\""));
        Assert.That(page, Does.Contain($"value=\"{free.Reference}\" id=\"select-{free.Reference}\"").And.Not.Contain(access.Reference));
        Assert.That(assignedToMe, Does.Contain(mine.Reference).And.Contain("agent@dsar.local").And.Not.Contain(free.Reference));
    }

    [Test, CancelAfter(60_000)]
    public async Task An_agent_assigns_the_ticked_requests_claims_one_and_unassigns_one_through_the_page_forms()
    {
        var me = await Seed.UserIdAsync("agent@dsar.local");
        var requests = new List<DsarRequest>();
        for (var i = 0; i < 4; i++) requests.Add(await Seed.AddAsync(RequestType.Deletion, i));
        await SignInAsync("agent@dsar.local", "Agent-Demo-2026!");

        var page = await Api.Client.GetStringAsync("/staff?type=deletion");
        var bulk = new FormUrlEncodedContent(requests.Take(2).Select(r => KeyValuePair.Create("references", r.Reference))
            .Append(KeyValuePair.Create("assigneeId", me)).Append(KeyValuePair.Create("__RequestVerificationToken", Token(page))));
        var assigned = await Api.Client.PostAsync("/staff?type=deletion&handler=bulkAssign", bulk);
        var claimed = await Api.SubmitFormAsync("/staff?handler=claim", new Dictionary<string, string> { ["reference"] = requests[3].Reference });
        var unassigned = await Api.SubmitFormAsync("/staff?handler=unassign", new Dictionary<string, string> { ["reference"] = requests[0].Reference });
        var refused = await Api.Client.PostAsync("/staff?handler=bulkAssign", new FormUrlEncodedContent(
            [KeyValuePair.Create("references", "DSR-UNKNOWN"), KeyValuePair.Create("assigneeId", me), KeyValuePair.Create("__RequestVerificationToken", Token(page))]));

        Assert.That(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
        Assert.That(await assigned.Content.ReadAsStringAsync(), Does.Contain("Assigned 2 request(s)"));
        Assert.That(claimed, Does.Contain("Assigned 1 request(s)"));
        Assert.That(unassigned, Does.Contain("Unassigned 1 request(s)"));
        Assert.That(await AssigneesAsync(requests), Is.EquivalentTo(new[] { null, me, null, me }));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("role=\"alert\"").And.Contain("DSR-UNKNOWN"));
    }

    [Test, CancelAfter(90_000)]
    public async Task An_agent_denies_the_ticked_requests_with_one_coded_reason_once_confirmed()
    {
        var references = new[]
        {
            await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example"),
            await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example"),
        };
        await App.WaitForFirstStepsAsync();
        await SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var page = await Api.Client.GetStringAsync("/staff");
        FormUrlEncodedContent Form(bool confirm) => new(references.Select(r => KeyValuePair.Create("references", r))
            .Append(KeyValuePair.Create("code", DenialCodes.ManifestlyUnfoundedOrExcessive))
            .Append(KeyValuePair.Create("confirm", confirm ? "true" : "false"))
            .Append(KeyValuePair.Create("__RequestVerificationToken", Token(page))));

        var unconfirmed = await Api.Client.PostAsync("/staff?handler=bulkDeny", Form(confirm: false));
        Assert.That(unconfirmed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await unconfirmed.Content.ReadAsStringAsync(), Does.Contain("role=\"alert\"").And.Contain("cannot be undone"));
        Assert.That(await OutcomesAsync(references), Is.All.EqualTo(((RequestOutcome?)null, (string?)null)), "nothing denied without the confirmation");

        var denied = await Api.Client.PostAsync("/staff?handler=bulkDeny", Form(confirm: true));

        Assert.That(denied.IsSuccessStatusCode, await denied.Content.ReadAsStringAsync());
        Assert.That(await denied.Content.ReadAsStringAsync(), Does.Contain("Denied 2 request(s)"));
        Assert.That(await OutcomesAsync(references), Is.All.EqualTo((RequestOutcome.Denied, DenialCodes.ManifestlyUnfoundedOrExcessive)));
        await Api.WaitForMailAsync(m => references.Any(r => m.Subject.Contains(r)) && m.Subject.Contains("could not carry out"),
            "each requester's denial email", count: 2);
    }

    Task<List<(RequestOutcome?, string?)>> OutcomesAsync(IEnumerable<string> references) =>
        App.InScopeAsync(async services => (await services.GetRequiredService<DsarDbContext>().Requests
            .Where(r => references.Contains(r.Reference)).Select(r => new { r.Outcome, r.DenialCode }).ToListAsync())
            .Select(r => (r.Outcome, r.DenialCode)).ToList());

    [Test, CancelAfter(60_000)]
    public async Task An_auditor_reads_the_same_queue_without_any_form_to_act()
    {
        var request = await Seed.AddAsync(RequestType.Access, 3);
        await SignInAsync("auditor@dsar.local", "Auditor-Demo-2026!");

        var page = await Api.Client.GetStringAsync("/staff");

        Assert.That(page, Does.Contain(request.Reference));

        Assert.That(page, Does.Not.Contain("method=\"post\" id=\"bulk\"").And.Not.Contain(">Claim<").And.Not.Contain("type=\"checkbox\" form=\"bulk\""));
    }

    [Test, CancelAfter(60_000)]
    public async Task A_bad_filter_on_the_page_is_named_in_an_alert()
    {
        await SignInAsync("agent@dsar.local", "Agent-Demo-2026!");

        var response = await Api.Client.GetAsync("/staff?type=refund");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("role=\"alert\"").And.Contain("href=\"#filter-type\""));
    }

    /// <summary>Signs in through the sign-in page, as a browser does: the console's forms work with the cookie it sets.</summary>
    Task SignInAsync(string email, string password) =>
        Api.SubmitFormAsync("/Account/Login", new Dictionary<string, string> { ["email"] = email, ["password"] = password });

    static string Token(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
}
