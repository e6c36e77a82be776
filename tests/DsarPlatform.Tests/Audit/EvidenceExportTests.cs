using System.Net;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Audit;

namespace DsarPlatform.Tests.Audit;

/// <summary>An auditor downloads a request's evidence; <c>audit verify --evidence</c> accepts it and rejects it with one byte changed.</summary>
[TestFixture, CancelAfter(300_000)]
public class EvidenceExportTests : AppTest
{
    [TestCase("json")]
    [TestCase("html")]
    public async Task Downloaded_evidence_is_accepted_offline_and_rejected_with_one_byte_changed(string extension)
    {
        var reference = await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        await App.WaitForQuietAsync();
        var auditor = await StaffBrowser.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);

        var download = await auditor.GetAsync($"/audit/requests/{reference}/evidence.{extension}");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(download.Content.Headers.ContentDisposition?.FileName, Does.Contain($"evidence-{reference}.{extension}"));
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var file = Path.Combine(App.DataFolder, $"evidence.{extension}");
        await File.WriteAllBytesAsync(file, bytes);

        var accepted = new StringWriter();
        Assert.That(AuditCommand.TryRun(["audit", "verify", "--evidence", file, $"--DataFolder={App.DataFolder}"], accepted), Is.EqualTo(0), accepted.ToString());
        Assert.That(accepted.ToString(), Does.Contain($"Evidence holds: request {reference}"));

        foreach (var at in new[] { bytes.Length / 3, bytes.Length / 2, bytes.Length - 2 })
        {
            var changed = (byte[])bytes.Clone();
            changed[at] = changed[at] == (byte)'0' ? (byte)'1' : (byte)'0';
            await File.WriteAllBytesAsync(file, changed);
            var rejected = new StringWriter();
            Assert.That(AuditCommand.TryRun(["audit", "verify", "--evidence", file, $"--DataFolder={App.DataFolder}"], rejected), Is.EqualTo(1),
                $"byte {at} changed: {rejected}");
            Assert.That(rejected.ToString(), Does.Contain("REJECTED"));
        }
    }

    [Test]
    public async Task Evidence_edited_and_re_rendered_is_rejected_naming_the_entry()
    {
        var reference = await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        await App.WaitForQuietAsync();
        var auditor = await StaffBrowser.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var json = await auditor.Client.GetStringAsync($"/audit/requests/{reference}/evidence.json");
        var (document, problem) = EvidenceFormat.Read("e.json", System.Text.Encoding.UTF8.GetBytes(json));
        Assert.That(problem, Is.Null);

        // A forger edits an entry's actor and re-renders the file, so the bytes agree with the JSON they carry.
        var entries = document!.Entries.Select(e => e.Seq == document.Entries[0].Seq ? e with { Actor = "forged" } : e).ToList();
        var forged = document with { Entries = entries };
        var file = Path.Combine(App.DataFolder, "forged.json");
        await File.WriteAllTextAsync(file, EvidenceFormat.ToJson(forged));
        var output = new StringWriter();
        Assert.That(AuditCommand.TryRun(["audit", "verify", "--evidence", file, $"--DataFolder={App.DataFolder}"], output), Is.EqualTo(1));
        Assert.That(output.ToString(), Does.Contain($"Entry {document.Entries[0].Seq}: its content does not match the proof"));
    }

    [Test]
    public async Task Evidence_is_for_auditors_only_and_404_for_an_unknown_reference()
    {
        var reference = await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        var auditor = await StaffBrowser.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var agent = await StaffBrowser.SignedInAsync(App, StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        Assert.That((await auditor.GetAsync("/audit/requests/DSAR-NOPE-0000/evidence.json")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await agent.GetAsync($"/audit/requests/{reference}/evidence.json")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
