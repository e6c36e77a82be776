using System.Net;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Pages.Account;

namespace DsarPlatform.Tests.Staff;

[TestFixture, CancelAfter(120_000)]
public class StaffLockoutTests
{
    DsarApp _app = null!;

    [SetUp]
    public void Start() => _app = new DsarApp(settings: new Dictionary<string, string?> { ["Staff:LockoutFailures"] = "3", ["Staff:LockoutMinutes"] = "10" });

    [TearDown]
    public async Task Stop()
    {
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [Test]
    public async Task After_the_configured_failures_the_account_is_locked_even_with_the_right_password()
    {
        var browser = new StaffBrowser(_app);
        for (var i = 0; i < 2; i++)
        {
            var wrong = await browser.SignInAsync(StaffBrowser.AgentEmail, "not-the-password-2026!");
            Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("Wrong email or password."));
        }
        var third = await browser.SignInAsync(StaffBrowser.AgentEmail, "not-the-password-2026!");
        Assert.That(await third.Content.ReadAsStringAsync(), Does.Contain(LoginModel.LockedOut));

        var right = await browser.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);

        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await right.Content.ReadAsStringAsync(), Does.Contain(LoginModel.LockedOut));
    }

    [Test]
    public async Task Two_failures_then_the_right_password_signs_in()
    {
        var browser = new StaffBrowser(_app);
        await browser.SignInAsync(StaffBrowser.AgentEmail, "not-the-password-2026!");
        await browser.SignInAsync(StaffBrowser.AgentEmail, "not-the-password-2026!");

        var right = await browser.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);

        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task A_lock_ends_after_the_configured_minutes_by_the_application_clock()
    {
        var browser = new StaffBrowser(_app);
        for (var i = 0; i < 3; i++) await browser.SignInAsync(StaffBrowser.AgentEmail, "not-the-password-2026!");

        _app.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.That((await browser.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized),
            "still locked after 9 minutes");

        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterLock = await browser.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);

        Assert.That(afterLock.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await browser.GetAsync("/staff")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_API_sign_in_counts_toward_the_same_lock()
    {
        var api = new DsarApi(_app.CreateClient());
        for (var i = 0; i < 3; i++)
        {
            await api.Client.PostAsync("/api/auth/login", System.Net.Http.Json.JsonContent.Create(new { email = StaffBrowser.AgentEmail, password = "not-the-password-2026!" }));
        }

        var page = await new StaffBrowser(_app).SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);

        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain(LoginModel.LockedOut));
    }
}
