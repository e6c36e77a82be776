using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Staff;

/// <summary>Finding 4 of issue 16: two-factor sign-in with an authenticator app, required for administrators.</summary>
[TestFixture, CancelAfter(120_000)]
public partial class StaffTwoFactorTests : AppTest
{
    const string NewAdmin = "second.admin@dsar.local";
    const string NewAdminPassword = "Second-Admin-Pass-2026!";

    [Test]
    public async Task The_password_alone_does_not_sign_an_administrator_in_the_authenticator_code_does()
    {
        var browser = new StaffBrowser(App);
        var password = await browser.SignInWithPasswordAsync(StaffBrowser.AdminEmail, StaffBrowser.AdminPassword);
        Assert.That(StaffBrowser.IsSecondStep(password), Is.True, password.Headers.Location?.OriginalString);
        Assert.That(StaffBrowser.IsSignInRedirect(await browser.GetAsync("/admin/staff")), Is.True, "not signed in after the password alone");

        var secondStep = password.Headers.Location!.OriginalString;
        var wrong = await browser.AnswerSecondStepAsync(secondStep, WrongCode(DemoAuthenticators.CodeFor(StaffBrowser.AdminEmail)!));
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("role=\"alert\""));

        var right = await browser.AnswerSecondStepAsync(secondStep, DemoAuthenticators.CodeFor(StaffBrowser.AdminEmail)!);
        Assert.That(right.Headers.Location?.OriginalString, Is.EqualTo("/admin/staff"));
        Assert.That((await browser.GetAsync("/admin/staff")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_administrator_without_an_authenticator_enrols_first_and_cannot_use_admin_pages_until_then()
    {
        await CreateAdminAsync();
        var browser = new StaffBrowser(App);
        var signIn = await browser.SignInAsync(NewAdmin, NewAdminPassword);
        Assert.That(signIn.Headers.Location?.OriginalString, Is.EqualTo("/Account/TwoFactor"));
        Assert.That((await browser.GetAsync("/admin/staff")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await browser.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        var enrolPage = await browser.Client.GetStringAsync("/Account/TwoFactor");
        var key = SharedKey().Match(enrolPage).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.That(enrolPage, Does.Contain("otpauth://totp/").And.Contain("secret=" + key.ToUpperInvariant()));
        var refused = await browser.PostAsync("/Account/TwoFactor", null, ("code", WrongCode(Totp.Now(key))));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

        var enrolled = await browser.PostAsync("/Account/TwoFactor", null, ("code", Totp.Now(key)));
        var codes = RecoveryCode().Matches(await enrolled.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        Assert.That(codes, Has.Count.EqualTo(10));
        Assert.That((await browser.GetAsync("/admin/staff")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the session now carries the proof");

        // Next time: password, then a recovery code instead of the app; each recovery code works once.
        var again = new StaffBrowser(App);
        var second = await again.SignInWithPasswordAsync(NewAdmin, NewAdminPassword);
        Assert.That(StaffBrowser.IsSecondStep(second), Is.True);
        var recovered = await again.AnswerSecondStepAsync(second.Headers.Location!.OriginalString, codes[0], "recoveryCode");
        Assert.That(recovered.Headers.Location?.OriginalString, Is.EqualTo("/admin/staff"));

        var third = new StaffBrowser(App);
        var thirdStep = await third.SignInWithPasswordAsync(NewAdmin, NewAdminPassword);
        var reused = await third.AnswerSecondStepAsync(thirdStep.Headers.Location!.OriginalString, codes[0], "recoveryCode");
        Assert.That(reused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Agents_may_use_the_console_without_two_factors()
    {
        var agent = await StaffBrowser.SignedInAsync(App, StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        Assert.That((await agent.GetAsync("/staff")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_API_asks_an_administrator_for_the_code_with_the_password()
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var without = await client.PostAsJsonAsync("/api/auth/login", new { email = StaffBrowser.AdminEmail, password = StaffBrowser.AdminPassword });
        Assert.That(without.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await without.Content.ReadAsStringAsync(), Does.Contain("twoFactorCode").And.Not.Contain("accessToken"));

        var with = await client.PostAsJsonAsync("/api/auth/login", new
        {
            email = StaffBrowser.AdminEmail, password = StaffBrowser.AdminPassword, twoFactorCode = DemoAuthenticators.CodeFor(StaffBrowser.AdminEmail),
        });
        Assert.That(await with.Content.ReadAsStringAsync(), Does.Contain("accessToken"));
    }

    async Task CreateAdminAsync() => await App.InScopeAsync(async services =>
    {
        var users = services.GetRequiredService<StaffUserManager>();
        var user = new StaffUser { UserName = NewAdmin, Email = NewAdmin, EmailConfirmed = true };
        Assert.That((await users.CreateAsync(user, NewAdminPassword)).Succeeded);
        Assert.That((await users.AddToRoleAsync(user, StaffRoles.Admin)).Succeeded);
    });

    static string WrongCode(string code) => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<code id=\"shared-key\">([^<]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
