using System.Net;
using System.Security.Claims;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Hosting;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Tests.Staff;

[TestFixture, CancelAfter(120_000)]
public class OrganisationSignInTests
{
    const string Button = "Sign in with your organisation";

    [Test]
    public async Task Without_settings_there_is_no_organisation_sign_in()
    {
        await using var app = new DsarApp();
        try
        {
            var page = await app.CreateClient().GetStringAsync("/Account/Login");

            Assert.That(page, Does.Not.Contain(Button));
            Assert.That(await app.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OrganisationSignIn.Scheme), Is.Null);
        }
        finally
        {
            app.DeleteDataFolder();
        }
    }

    [Test]
    public async Task With_settings_the_button_sends_staff_to_the_providers_authorize_endpoint()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        await using var app = new DsarApp(settings: new Dictionary<string, string?>
        {
            ["Authentication:OpenIdConnect:Authority"] = provider.Authority,
            ["Authentication:OpenIdConnect:ClientId"] = "dsar-console",
            ["Authentication:OpenIdConnect:ClientSecret"] = "s3cret",
            ["Authentication:OpenIdConnect:CallbackPath"] = "/signin-org",
            ["Authentication:OpenIdConnect:Scopes:0"] = "openid",
            ["Authentication:OpenIdConnect:Scopes:1"] = "email",
            ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
        });
        try
        {
            var browser = new StaffBrowser(app);
            Assert.That(await browser.Client.GetStringAsync("/Account/Login"), Does.Contain(Button));
            var options = app.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OrganisationSignIn.Scheme);
            Assert.That((options.Authority, options.ClientId, options.ClientSecret, options.CallbackPath.Value, options.SignInScheme),
                Is.EqualTo((provider.Authority, "dsar-console", "s3cret", "/signin-org", IdentityConstants.ExternalScheme)));
            Assert.That(options.Scope, Is.EquivalentTo(new[] { "openid", "email" }));

            var challenge = await browser.PostAsync("/Account/Login", "Organisation");

            Assert.That(challenge.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            var location = challenge.Headers.Location!;
            Assert.That(location.GetLeftPart(UriPartial.Path), Is.EqualTo(provider.Authority + "/authorize"));
            var query = QueryHelpers.ParseQuery(location.Query);
            Assert.That((query["client_id"].ToString(), query["response_type"].ToString(), query["redirect_uri"].ToString(), query["scope"].ToString()),
                Is.EqualTo(("dsar-console", "code", "http://localhost/signin-org", "openid email")));
            Assert.That(query["code_challenge_method"].ToString(), Is.EqualTo("S256"));
        }
        finally
        {
            app.DeleteDataFolder();
        }
    }

    [Test]
    public async Task Only_an_existing_unlocked_account_with_the_tokens_verified_email_is_accepted()
    {
        await using var app = new DsarApp();
        try
        {
            app.CreateClient();
            await app.InScopeAsync(async services =>
            {
                var accounts = services.GetRequiredService<OrganisationAccounts>();
                var users = services.GetRequiredService<StaffUserManager>();

                Assert.That((await accounts.MatchAsync(Principal(("email", "AGENT@dsar.local"))))?.Email, Is.EqualTo(StaffBrowser.AgentEmail));
                Assert.That(await accounts.MatchAsync(Principal(("email", "stranger@dsar.local"))), Is.Null, "no self-created accounts");
                Assert.That(await accounts.MatchAsync(Principal(("sub", "123"))), Is.Null, "no email claim");
                Assert.That(await accounts.MatchAsync(Principal(("email", StaffBrowser.AgentEmail), ("email_verified", "false"))), Is.Null);

                var agent = (await users.FindByEmailAsync(StaffBrowser.AgentEmail))!;
                await users.SetLockoutEndDateAsync(agent, app.Clock.GetUtcNow().AddHours(1));
                Assert.That(await accounts.MatchAsync(Principal(("email", StaffBrowser.AgentEmail))), Is.Null, "locked");
            });
        }
        finally
        {
            app.DeleteDataFolder();
        }
    }

    static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));
}
