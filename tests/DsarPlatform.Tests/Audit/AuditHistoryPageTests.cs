using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Audit;

/// <summary>One completed deletion's history as an auditor reads it.</summary>
public sealed partial class AuditHistoryPageTests : AppTest
{
    [Test, CancelAfter(120_000)]
    public async Task A_completed_deletion_shows_its_definition_version_the_path_taken_with_time_per_step_and_what_was_kept()
    {
        var reference = await CompletedDeletionWithANoteAsync();
        var auditor = await StaffBrowser.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);

        var page = await auditor.Client.GetStringAsync($"/audit/requests/{reference}");

        var (version, hash, agentId) = await App.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DsarDbContext>();
            var pinned = await db.Instances.Where(i => i.RequestId == db.Requests.Single(r => r.Reference == reference).Id)
                .Select(i => i.DefinitionVersion).SingleAsync();
            var stored = await db.StoredDefinitions.SingleAsync(d => d.DefinitionId == "deletion" && d.Version == pinned);
            return (pinned, stored.ContentHash, (await db.Users.SingleAsync(u => u.Email == StaffBrowser.AgentEmail)).Id);
        });
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain($"deletion version {version}").And.Contain(hash), "the exact definition version, pinned by its content hash");
            Assert.That(page, Does.Contain("<svg role=\"img\" aria-labelledby=\"path-svg-title path-svg-desc\""));
            Assert.That(StepGroups().Matches(page).Select(m => m.Groups[1].Value), Is.EqualTo(Enumerable.Repeat("taken", 7)), "every step of the deletion was taken");
            Assert.That(page, Does.Contain("Path taken: match-account (").And.Contain("then complete ("), "the path as the drawing's text alternative");
            Assert.That(page, Does.Contain("<th scope=\"row\">5. directory-propagation</th>"), "the steps as a table too");
            Assert.That(page, Does.Contain("14 d 0 h"), "the two weeks spent waiting on the directory");
            Assert.That(page, Does.Contain("<th scope=\"row\">billing</th>").And.Contain("invoices").And.Contain("tax"), "what billing kept, and why");
            Assert.That(page, Does.Contain("<th scope=\"row\">verification</th>").And.Contain("<th scope=\"row\">deletion-reply</th>"), "the emails by kind");
            Assert.That(page, Does.Contain($"<td>{agentId}</td>").And.Contain("<td>Agent</td>"), "the agent's note as a decision, by id and role");
            Assert.That(page, Does.Contain("Chain proof").And.Contain("<th scope=\"col\">Hash</th>"));
            Assert.That(page, Does.Contain($"/audit/requests/{reference}/evidence.json").And.Contain($"/audit/requests/{reference}/evidence.html"));
            Assert.That(page, Does.Not.Contain("alice@example.com").And.Not.Contain("Alice Example").And.Not.Contain("/verify/"), "no personal data, no links");
            Assert.That(page, Does.Not.Contain("<form method=\"post\" action=\"/audit").And.Not.Contain("?handler="), "nothing to act with");
        });
    }

    [Test, CancelAfter(60_000)]
    public async Task An_unknown_or_overlong_reference_is_not_found()
    {
        var auditor = await StaffBrowser.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);

        Assert.That((await auditor.GetAsync("/audit/requests/DSR-NOPE0000")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await auditor.GetAsync($"/audit/requests/{new string('X', 300)}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    async Task<string> CompletedDeletionWithANoteAsync()
    {
        var reference = await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        await Api.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        await Api.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the directory wait");
        using var note = await Api.Client.PostAsJsonAsync($"/api/requests/{reference}/notes", new { text = "Checked the invoices kept." });
        Assert.That(note.IsSuccessStatusCode, await note.Content.ReadAsStringAsync());
        await App.WaitForQuietAsync();
        App.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        await App.SweepTimersAsync();
        await Api.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        await Api.WaitForRequestAsync(reference, r => r.Status == "Completed", "completion after the listing check");
        return reference;
    }

    [GeneratedRegex("<g class=\"step ([a-z-]+)\">")]
    private static partial Regex StepGroups();
}
