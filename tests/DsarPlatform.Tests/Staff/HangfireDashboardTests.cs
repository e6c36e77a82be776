using System.Net;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Staff;

[TestFixture, CancelAfter(120_000)]
public class HangfireDashboardTests
{
    DsarApp _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new DsarApp();

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [Test]
    public async Task An_admin_signed_in_to_the_console_sees_the_dashboard()
    {
        var admin = await StaffBrowser.SignedInAsync(_app, StaffBrowser.AdminEmail, StaffBrowser.AdminPassword);

        var dashboard = await admin.GetAsync("/hangfire");

        Assert.That(dashboard.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await dashboard.Content.ReadAsStringAsync(), Does.Contain("Hangfire Dashboard"));
    }

    [Test]
    public async Task An_agent_gets_403_on_the_dashboard()
    {
        var agent = await StaffBrowser.SignedInAsync(_app, StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);

        Assert.That((await agent.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page()
    {
        Assert.That(StaffBrowser.IsSignInRedirect(await new StaffBrowser(_app).GetAsync("/hangfire")), Is.True);
    }
}
