using System.Net;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Staff;

[TestFixture, CancelAfter(120_000)]
public class StaffAdminPageTests : AppTest
{
    const string Page = "/admin/staff";
    const string NewMember = "new.member@dsar.local";
    const string NewPassword = "New-Member-Pass-2026!";

    StaffBrowser _admin = null!;

    [SetUp]
    public async Task SignInAdmin() => _admin = await StaffBrowser.SignedInAsync(App, StaffBrowser.AdminEmail, StaffBrowser.AdminPassword);

    [Test]
    public async Task An_invitation_creates_the_account_without_password_and_emails_a_set_password_link()
    {
        var get = await _admin.GetAsync(Page);
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.OK), await get.Content.ReadAsStringAsync());
        var invite = await InviteAsync(NewMember, StaffRoles.Agent, StaffRoles.Auditor);
        Assert.That(invite.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await invite.Content.ReadAsStringAsync());

        Assert.That(invite.Headers.Location?.OriginalString, Does.Contain("done=invited"), await invite.Content.ReadAsStringAsync());
        var user = await UserAsync(NewMember);
        Assert.That(user.PasswordHash, Is.Null);
        Assert.That(await RolesAsync(NewMember), Is.EquivalentTo(new[] { StaffRoles.Agent, StaffRoles.Auditor }));
        var page = await _admin.Client.GetStringAsync(Page);
        Assert.That(page, Does.Contain(NewMember).And.Contain("Invited, no password yet"));
        var mail = (await Api.WaitForMailAsync(m => m.To == NewMember, "the invitation")).Single();
        Assert.That(mail.Links.Single(), Does.StartWith("http://localhost/Account/SetPassword?user=" + user.Id));

        var change = (await ChangesAsync()).Single();
        Assert.That((change.Event, change.TargetUserId, change.ActorUserId, change.ActorRole, change.Detail),
            Is.EqualTo((StaffChangeEvent.Invited, user.Id, (await UserAsync(StaffBrowser.AdminEmail)).Id, StaffRoles.Admin, "Agent, Auditor")));
    }

    [Test]
    public async Task The_invitee_chooses_a_password_once_then_signs_in()
    {
        await InviteAsync(NewMember, StaffRoles.Agent);
        var link = new Uri((await Api.WaitForMailAsync(m => m.To == NewMember, "the invitation")).Single().Links.Single()).PathAndQuery;
        var invitee = new StaffBrowser(App);
        Assert.That(await invitee.Client.GetStringAsync(link), Does.Contain("Choose your password"), "the GET shows the form and spends nothing");

        var weak = await invitee.PostAsync(link, null, Fields(link, ("password", "short"), ("confirmation", "short")));
        Assert.That(weak.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await weak.Content.ReadAsStringAsync(), Does.Contain("at least 12 characters").IgnoreCase);

        var set = await invitee.PostAsync(link, null, Fields(link, ("password", NewPassword), ("confirmation", NewPassword)));
        Assert.That(await set.Content.ReadAsStringAsync(), Does.Contain("Your password is set"));
        Assert.That((await invitee.SignInAsync(NewMember, NewPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await invitee.GetAsync("/staff")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var again = await new StaffBrowser(App).GetAsync(link);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await again.Content.ReadAsStringAsync(), Does.Contain("This link cannot be used"));
        Assert.That((await ChangesAsync()).Select(c => c.Event), Is.EqualTo(new[] { StaffChangeEvent.Invited, StaffChangeEvent.PasswordSet }));
    }

    [Test]
    public async Task An_invitation_link_expires_after_three_days_by_the_application_clock()
    {
        await InviteAsync(NewMember, StaffRoles.Agent);
        var link = new Uri((await Api.WaitForMailAsync(m => m.To == NewMember, "the invitation")).Single().Links.Single()).PathAndQuery;

        App.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        var invitee = new StaffBrowser(App);
        var token = await TokenFromAsync(invitee, link); // the form, opened just in time
        App.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.That((await new StaffBrowser(App).GetAsync(link)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var late = await invitee.Client.PostAsync(link, new FormUrlEncodedContent(
            Fields(link, ("password", NewPassword), ("confirmation", NewPassword), ("__RequestVerificationToken", token))
                .Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await late.Content.ReadAsStringAsync(), Does.Contain("cannot be used"));
        Assert.That((await UserAsync(NewMember)).PasswordHash, Is.Null);
    }

    [Test]
    public async Task Setting_roles_changes_what_the_member_may_open_and_is_journaled_with_role_names()
    {
        var agentId = (await UserAsync(StaffBrowser.AgentEmail)).Id;

        var saved = await _admin.PostAsync(Page, "Roles", ("userId", agentId), ("roles", StaffRoles.Admin), ("roles", StaffRoles.Auditor));

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await saved.Content.ReadAsStringAsync());
        Assert.That(saved.Headers.Location?.OriginalString, Does.Contain("done=roles"));
        Assert.That(await RolesAsync(StaffBrowser.AgentEmail), Is.EquivalentTo(new[] { StaffRoles.Admin, StaffRoles.Auditor }));
        var change = (await ChangesAsync()).Single();
        Assert.That((change.Event, change.TargetUserId, change.Detail), Is.EqualTo((StaffChangeEvent.RolesChanged, agentId, "Agent → Admin, Auditor")));
        var signedIn = new StaffBrowser(App);
        var signIn = await signedIn.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        Assert.That(signIn.Headers.Location?.OriginalString, Is.EqualTo("/Account/TwoFactor"), "a new administrator enrols in two-factor sign-in first");
        Assert.That((await signedIn.GetAsync(Page)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        await signedIn.EnrolAuthenticatorAsync();
        Assert.That((await signedIn.GetAsync(Page)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_locked_account_cannot_sign_in_until_unlocked_and_both_are_journaled()
    {
        var agentId = (await UserAsync(StaffBrowser.AgentEmail)).Id;

        var locked = await _admin.PostAsync(Page, "Lock", ("userId", agentId));
        Assert.That(locked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await locked.Content.ReadAsStringAsync());
        Assert.That(locked.Headers.Location?.OriginalString, Does.Contain("done=locked"));
        var refused = await new StaffBrowser(App).SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await _admin.Client.GetStringAsync(Page), Does.Contain("Locked"));

        await _admin.PostAsync(Page, "Unlock", ("userId", agentId));

        Assert.That((await new StaffBrowser(App).SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await ChangesAsync()).Select(c => (c.Event, c.TargetUserId)),
            Is.EqualTo(new[] { (StaffChangeEvent.Locked, agentId), (StaffChangeEvent.Unlocked, agentId) }));
    }

    [Test]
    public async Task The_last_admin_cannot_drop_their_own_admin_role_nor_lock_themselves()
    {
        var adminId = (await UserAsync(StaffBrowser.AdminEmail)).Id;

        var demote = await _admin.PostAsync(Page, "Roles", ("userId", adminId), ("roles", StaffRoles.Agent));
        Assert.That(demote.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await demote.Content.ReadAsStringAsync(), Does.Contain("last administrator"));
        var lockSelf = await _admin.PostAsync(Page, "Lock", ("userId", adminId));
        Assert.That(lockSelf.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await lockSelf.Content.ReadAsStringAsync(), Does.Contain("cannot lock your own account"));

        Assert.That(await RolesAsync(StaffBrowser.AdminEmail), Is.EqualTo(new[] { StaffRoles.Admin }));
        Assert.That(await ChangesAsync(), Is.Empty);
    }

    [Test]
    public async Task With_a_second_admin_an_admin_may_drop_their_own_admin_role()
    {
        var agentId = (await UserAsync(StaffBrowser.AgentEmail)).Id;
        await _admin.PostAsync(Page, "Roles", ("userId", agentId), ("roles", StaffRoles.Admin));
        var adminId = (await UserAsync(StaffBrowser.AdminEmail)).Id;

        var demote = await _admin.PostAsync(Page, "Roles", ("userId", adminId), ("roles", StaffRoles.Auditor));

        Assert.That(demote.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await RolesAsync(StaffBrowser.AdminEmail), Is.EqualTo(new[] { StaffRoles.Auditor }));
    }

    [TestCase(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword)]
    [TestCase(StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword)]
    public async Task Agents_and_auditors_get_403_on_the_admin_page_and_its_actions(string email, string password)
    {
        var member = await StaffBrowser.SignedInAsync(App, email, password);
        var agentId = (await UserAsync(StaffBrowser.AgentEmail)).Id;

        Assert.That((await member.GetAsync(Page)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        // A page they cannot open gives no antiforgery token; post with the one from a page they can open.
        var token = await TokenFromAsync(member, "/staff");
        var post = await member.Client.PostAsync(Page + "?handler=Lock", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["userId"] = agentId, ["__RequestVerificationToken"] = token }));
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await ChangesAsync(), Is.Empty);
    }

    Task<HttpResponseMessage> InviteAsync(string email, params string[] roles) =>
        _admin.PostAsync(Page, "Invite", [("email", email), .. roles.Select(r => ("roles", r))]);

    /// <summary>The set-password form's hidden fields (from the link) plus the given ones.</summary>
    static (string Name, string Value)[] Fields(string link, params (string, string)[] fields)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), link).Query);
        return [("user", query["user"].ToString()), ("token", query["token"].ToString()), .. fields];
    }

    static async Task<string> TokenFromAsync(StaffBrowser browser, string page)
    {
        var html = await browser.Client.GetStringAsync(page);
        return System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    }

    Task<StaffUser> UserAsync(string email) =>
        App.InScopeAsync(async services => (await services.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email))!);

    Task<IList<string>> RolesAsync(string email) =>
        App.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
        });

    Task<List<StaffChange>> ChangesAsync() =>
        App.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().StaffChanges.OrderBy(c => c.Id).ToListAsync());
}
