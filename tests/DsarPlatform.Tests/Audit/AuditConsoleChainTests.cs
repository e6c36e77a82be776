using System.Net;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Audit;
using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Audit;

/// <summary>The chain in the running product: what gets recorded, the sealer, the /audit/chain page, and the CLI on its database.</summary>
[TestFixture, CancelAfter(300_000)]
public class AuditConsoleChainTests : AppTest
{
    [Test]
    public async Task Sign_ins_good_and_bad_are_chained_by_account_id_without_the_email()
    {
        var failed = await new StaffBrowser(App).SignInAsync(StaffBrowser.AuditorEmail, "wrong-password-123");
        Assert.That(failed.StatusCode, Is.Not.EqualTo(HttpStatusCode.Redirect));
        await new StaffBrowser(App).SignInAsync("nobody@dsar.local", "wrong-password-123");
        await StaffBrowser.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);

        var auditorId = await App.InScopeAsync(s => s.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(StaffBrowser.AuditorEmail)
            .ContinueWith(t => t.Result!.Id));
        var signIns = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().AuditChain
            .Where(e => e.Kind == AuditKinds.SignIn).OrderBy(e => e.Id).Select(e => new { e.Event, e.Actor, e.Detail }).ToListAsync());
        Assert.That(signIns.Select(e => (e.Event, e.Actor)), Is.EqualTo(new[]
        {
            ("SignInFailed", auditorId), ("SignInFailedUnknownAccount", "unknown"), ("SignInPasswordAccepted", auditorId),
        }));
        Assert.That(signIns.Any(e => e.Detail?.Contains('@') == true), Is.False);
    }

    [Test]
    public async Task An_auditors_read_of_a_request_is_chained_and_an_agents_is_not()
    {
        var reference = await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        var auditor = new DsarApi(App.CreateClient());
        await auditor.SignInAsync(StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var agent = new DsarApi(App.CreateClient());
        await agent.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        await agent.RequestAsync(reference);
        await auditor.RequestAsync(reference);

        var views = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().AuditChain
            .Where(e => e.Kind == AuditKinds.View).Select(e => new { e.Role, e.Detail }).ToListAsync());
        Assert.That(views.Select(v => (v.Role, v.Detail)), Is.EqualTo(new[] { (StaffRoles.Auditor, $"/api/requests/{reference}") }));
    }

    [Test]
    public async Task An_auditors_read_of_a_history_page_is_chained_with_the_page_and_an_unknown_reference_is_not()
    {
        var reference = await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        var auditor = await StaffBrowser.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);

        Assert.That((await auditor.GetAsync($"/audit/requests/{reference}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await auditor.GetAsync("/audit/requests/DSR-NOPE0000")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var views = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().AuditChain
            .Where(e => e.Kind == AuditKinds.View).Select(e => new { e.Role, e.Detail }).ToListAsync());
        Assert.That(views.Select(v => (v.Role, v.Detail)), Is.EqualTo(new[] { (StaffRoles.Auditor, "/Audit/Requests/History") }));
    }

    [Test]
    public async Task The_sealer_seals_what_the_workflow_writes_and_the_chain_page_verifies_it()
    {
        await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        await App.WaitForQuietAsync();
        await Eventually.GetAsync(() => App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().AuditChain.CountAsync(e => e.Seq == null)),
            pending => pending == 0, "every entry sealed", TimeSpan.FromSeconds(60));

        var auditor = await StaffBrowser.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var made = await auditor.PostAsync("/audit/chain", "Checkpoint");
        Assert.That(made.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(Directory.GetFiles(Path.Combine(App.DataFolder, "audit-checkpoints"), "checkpoint-*.json"), Is.Not.Empty);
        var verified = await (await auditor.PostAsync("/audit/chain", "Verify")).Content.ReadAsStringAsync();
        Assert.That(verified, Does.Contain("Intact:").And.Contain("signed checkpoints"));

        var agent = await StaffBrowser.SignedInAsync(App, StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        Assert.That((await agent.GetAsync("/audit/chain")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Audit_verify_on_the_command_line_exits_0_when_intact_and_1_naming_the_first_bad_entry()
    {
        await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        await App.WaitForQuietAsync();
        await App.InScopeAsync(s => AuditSealer.SealAllAsync(s.GetRequiredService<DsarDbContext>(), TimeProvider.System, 1000));

        var intact = new StringWriter();
        Assert.That(AuditCommand.TryRun(["audit", "verify", $"--DataFolder={App.DataFolder}"], intact), Is.EqualTo(0), intact.ToString());

        await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().AuditChain.Where(e => e.Seq == 2)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.Actor, "someone-else")));
        var broken = new StringWriter();
        Assert.That(AuditCommand.TryRun(["audit", "verify", $"--DataFolder={App.DataFolder}"], broken), Is.EqualTo(1));
        Assert.That(broken.ToString(), Does.Contain("First bad entry: 2").And.Contain("Entry 2 was changed"));
    }
}
