using System.Net;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Staff;

[TestFixture, CancelAfter(120_000)]
public class StaffSessionTests
{
    DsarApp _app = null!;

    [SetUp]
    public void Start() => _app = new DsarApp(settings: new Dictionary<string, string?> { ["Staff:IdleTimeout"] = "00:20:00", ["Staff:SessionLifetime"] = "01:00:00" });

    [TearDown]
    public async Task Stop()
    {
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [Test]
    public async Task After_sign_in_agents_land_on_the_queue_and_an_administrator_on_the_staff_accounts()
    {
        var agent = await new StaffBrowser(_app).SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        var admin = new StaffBrowser(_app);
        var adminSignIn = await admin.SignInAsync(StaffBrowser.AdminEmail, StaffBrowser.AdminPassword);

        Assert.That(agent.Headers.Location?.OriginalString, Is.EqualTo("/staff"));
        Assert.That(adminSignIn.Headers.Location?.OriginalString, Is.EqualTo("/admin/staff"), "an administrator only would get 403 on the queue");
        Assert.That((await admin.GetAsync("/admin/staff")).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
    }

    [Test]
    public async Task A_session_idle_past_the_timeout_by_the_application_clock_goes_back_to_sign_in()
    {
        var agent = await StaffBrowser.SignedInAsync(_app, StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        Assert.That((await agent.GetAsync("/staff")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        _app.Clock.Advance(TimeSpan.FromMinutes(21));

        Assert.That(StaffBrowser.IsSignInRedirect(await agent.GetAsync("/staff")), Is.True);
    }

    [Test]
    public async Task Activity_within_the_idle_timeout_keeps_the_session_alive()
    {
        var agent = await StaffBrowser.SignedInAsync(_app, StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);

        // Three stretches of 15 minutes: 45 minutes in all, more than twice the idle timeout, never idle for 20.
        for (var i = 0; i < 3; i++)
        {
            _app.Clock.Advance(TimeSpan.FromMinutes(15));
            Assert.That((await agent.GetAsync("/staff")).StatusCode, Is.EqualTo(HttpStatusCode.OK), $"after {15 * (i + 1)} minutes");
        }
    }

    [Test]
    public async Task A_session_ends_at_its_lifetime_however_active()
    {
        var agent = await StaffBrowser.SignedInAsync(_app, StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        for (var i = 0; i < 4; i++)
        {
            _app.Clock.Advance(TimeSpan.FromMinutes(14));
            Assert.That((await agent.GetAsync("/staff")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        _app.Clock.Advance(TimeSpan.FromMinutes(5)); // 61 minutes after sign-in, active 5 minutes ago

        Assert.That(StaffBrowser.IsSignInRedirect(await agent.GetAsync("/staff")), Is.True);
    }

    [Test]
    public async Task Signing_out_ends_the_session()
    {
        var agent = await StaffBrowser.SignedInAsync(_app, StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);

        var signOut = await agent.SignOutAsync();

        Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(StaffBrowser.IsSignInRedirect(await agent.GetAsync("/staff")), Is.True);
    }
}
