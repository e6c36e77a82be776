using System.Net;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Drp;

/// <summary>The agent directory's admin page: admins only, keys validated, every change journaled, markup for assistive technology.</summary>
[TestFixture, CancelAfter(120_000)]
public sealed class DrpAgentsPageTests : DrpAppTest
{
    const string Page = "/admin/agents";

    [Test]
    public async Task An_admin_adds_an_agent_with_a_valid_key_and_the_change_is_journaled()
    {
        var admin = await StaffBrowser.SignedInAsync(App, StaffBrowser.AdminEmail, StaffBrowser.AdminPassword);
        var page = await admin.Client.GetStringAsync(Page);
        Assert.That(page, Does.Contain("TEST_AGENT").And.Contain("OTHER_AGENT"), "the agents from settings are listed");
        Assert.That(page, Does.Contain("<th scope=\"col\">Agent id</th>").And.Contain("<label for=\"agent-key\">"));

        using var newcomer = new TestAgent("NEW_AGENT", Agent.Client, Agent.Now, BusinessId);
        var added = await admin.PostAsync(Page, "Add", ("AgentId", "NEW_AGENT"), ("Name", "New agent"), ("VerifyKey", newcomer.VerifyKey),
            ("Contact", "tech@new.example"), ("CallbackHost", "hooks.new.example"), ("Enabled", "true"), ("Enabled", "false"));
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await added.Content.ReadAsStringAsync());
        var stored = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().DrpAgents.SingleAsync(a => a.AgentId == "NEW_AGENT"));
        Assert.That((stored.Name, stored.VerifyKey, stored.CallbackHost, stored.Enabled), Is.EqualTo(("New agent", newcomer.VerifyKey, "hooks.new.example", true)));
        var change = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().StaffChanges
            .SingleAsync(c => c.Event == StaffChangeEvent.DrpAgentAdded && c.TargetUserId == "drp-agent:NEW_AGENT"));
        Assert.That((change.ActorRole, change.ActorUserId), Is.EqualTo((StaffRoles.Admin, (await AdminIdAsync()))));

        Assert.That((await newcomer.SetUpAsync()).Length, Is.GreaterThan(20), "the new agent can set up a token");

        var disabled = await admin.PostAsync(Page, "Edit", ("AgentId", "NEW_AGENT"), ("Name", "New agent"), ("VerifyKey", newcomer.VerifyKey),
            ("Contact", "tech@new.example"), ("CallbackHost", "hooks.new.example"), ("Enabled", "false"));
        Assert.That(disabled.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var edit = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().StaffChanges.SingleAsync(c => c.Event == StaffChangeEvent.DrpAgentChanged));
        Assert.That(edit.Detail, Is.EqualTo("disabled"));
        Assert.That((int)(await newcomer.SendAsync(HttpMethod.Get, "/v1/agent/NEW_AGENT", null)).StatusCode, Is.EqualTo(401), "a disabled agent's token stops working");
    }

    [Test]
    public async Task A_verify_key_that_is_not_an_ed25519_public_key_is_refused_with_an_alert()
    {
        var admin = await StaffBrowser.SignedInAsync(App, StaffBrowser.AdminEmail, StaffBrowser.AdminPassword);
        var refused = await admin.PostAsync(Page, "Add", ("AgentId", "BAD_AGENT"), ("Name", "Bad"), ("VerifyKey", Convert.ToBase64String(new byte[31])),
            ("Enabled", "true"));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("role=\"alert\"").And.Contain("32-byte Ed25519"));
        Assert.That(await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().DrpAgents.AnyAsync(a => a.AgentId == "BAD_AGENT")), Is.False);
    }

    [Test]
    public async Task Only_admins_open_the_agents_page()
    {
        var agent = await StaffBrowser.SignedInAsync(App, StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        Assert.That((await agent.GetAsync(Page)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(StaffBrowser.IsSignInRedirect(await new StaffBrowser(App).GetAsync(Page)), Is.True);
    }

    Task<string> AdminIdAsync() =>
        App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Users.Where(u => u.Email == StaffBrowser.AdminEmail).Select(u => u.Id).SingleAsync());
}
