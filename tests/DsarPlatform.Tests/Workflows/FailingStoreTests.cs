using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DsarPlatform.Web.Api;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Workflows;

/// <summary>
/// A store that keeps failing: bounded retries on durable timers, then an incident agents can see and act
/// on; no loop, nothing silent. The failure is real: a trigger in the directory's own database refuses the erase.
/// </summary>
public sealed class FailingStoreTests
{
    [Test, CancelAfter(120_000)]
    public async Task A_store_that_keeps_failing_raises_an_incident_and_an_agent_retry_finishes_the_step()
    {
        await using var app = new DsarApp(settings: new Dictionary<string, string?> { ["Bus:RetryLimit"] = "1" });
        try
        {
            var api = new DsarApi(app.CreateClient());
            await ExecuteOnDirectoryAsync(app, "CREATE TRIGGER refuse_erase BEFORE UPDATE ON Profiles BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;");
            var reference = await api.SubmitDeletionAsync("chloe.demo", "chloe@example.org", "Chloé Exemple");
            await api.ConfirmAsync(await api.VerificationLinkAsync(reference));
            await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");

            for (var attempt = 1; attempt < 3; attempt++)
            {
                await api.WaitForRequestAsync(reference, r => r.Journal.Count(j => j.Event == "TaskFailedWillRetry") == attempt, $"failure {attempt}");
                app.Clock.Advance(TimeSpan.FromMinutes(5 * Math.Pow(2, attempt - 1)) + TimeSpan.FromSeconds(1));
                await app.SweepTimersAsync();
                await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
            }

            var faulted = await api.WaitForRequestAsync(reference, r => r.Status == "Faulted", "the incident");
            var task = faulted.Tasks.Single(t => t.Store == "directory");
            Assert.That((task.Status, task.Attempts), Is.EqualTo(("Failed", 3)), "bounded: three deliveries, then stop");
            var incident = faulted.Incidents.Single();
            Assert.That(incident.Cause, Does.Contain("directory"));
            Assert.That(incident.Actions, Does.Contain("retry the failed task"));
            Assert.That(faulted.Tasks.Where(t => t.Store != "directory").All(t => t.Status == "Completed"));

            await ExecuteOnDirectoryAsync(app, "DROP TRIGGER refuse_erase;");
            var retry = await api.Client.PostAsync($"/api/requests/{reference}/tasks/{task.Id}/retry", null);
            Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            var resumed = await api.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the step to finish");
            Assert.That(resumed.Incidents.Single().ResolvedAtUtc, Is.Not.Null);
            Assert.That(resumed.Journal.Single(j => j.Event == "TaskRetried").Role, Is.EqualTo("Agent"));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    [Test, CancelAfter(120_000)]
    public async Task An_erase_done_by_hand_lets_the_workflow_go_on_and_the_reply_says_staff_deleted_it_there()
    {
        await using var app = new DsarApp(settings: new Dictionary<string, string?> { ["Bus:RetryLimit"] = "1" });
        try
        {
            var (api, reference, incident) = await FailedDirectoryEraseAsync(app);

            var noNote = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/incidents/{incident.Id}/resolve", new { kind = "doneByHand", note = "" });
            Assert.That(await ErrorFieldsAsync(noNote), Is.EqualTo(new[] { "note" }), "resolving needs a note");
            var noKind = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/incidents/{incident.Id}/resolve", new { kind = "fixed", note = "Done." });
            Assert.That(await ErrorFieldsAsync(noKind), Is.EqualTo(new[] { "kind" }), "the kind must say what happened");
            var resolve = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/incidents/{incident.Id}/resolve",
                new { kind = "doneByHand", note = "Directory team erased the profile by hand (ticket DIR-4411)." });
            Assert.That(resolve.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

            var resumed = await api.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the workflow to go on");
            var resolved = resumed.Incidents.Single();
            Assert.That((resolved.ResolvedAtUtc is not null, resolved.ResolutionKind, resolved.ResolutionGround), Is.EqualTo((true, "DoneByHand", (string?)null)));
            Assert.That(resumed.Journal.Select(j => j.Event), Does.Contain("IncidentResolved").And.Contain("StepResolvedByAgent"));
            var again = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/incidents/{incident.Id}/resolve", new { kind = "doneByHand", note = "twice" });
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));

            var reply = (await api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("is done"), "the reply")).Single().Text;
            Assert.That(reply, Does.Contain("We have carried out your deletion request")
                .And.Contain("directory: deleted by hand by our staff.")
                .And.Contain("billing: deleted by our systems.")
                .And.Contain("contacts: deleted by our systems.")
                .And.Not.Contain("not deleted"));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    [Test, CancelAfter(120_000)]
    public async Task An_erase_left_undone_on_a_legal_ground_is_never_reported_as_carried_out_and_the_reply_gives_the_ground()
    {
        await using var app = new DsarApp(settings: new Dictionary<string, string?> { ["Bus:RetryLimit"] = "1" });
        try
        {
            var (api, reference, incident) = await FailedDirectoryEraseAsync(app);

            var noGround = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/incidents/{incident.Id}/resolve",
                new { kind = "notErased", note = "Profile is under a litigation hold." });
            Assert.That(noGround.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await ErrorFieldsAsync(noGround), Is.EqualTo(new[] { "ground" }), "not erased needs the legal ground");
            const string ground = "a court order requires us to keep your directory profile while legal proceedings last";
            var resolve = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/incidents/{incident.Id}/resolve",
                new { kind = "notErased", note = "Profile is under a litigation hold (case 2026-117).", ground });
            Assert.That(resolve.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

            var resolved = (await api.WaitForRequestAsync(reference, r => r.Incidents.Single().ResolvedAtUtc is not null, "the resolution")).Incidents.Single();
            Assert.That((resolved.ResolutionKind, resolved.ResolutionGround), Is.EqualTo(("NotErased", ground)));
            var reply = (await api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("what we deleted and what we kept"), "the reply")).Single();
            Assert.That(reply.Text, Does.Not.Contain("We have carried out")
                .And.Contain($"directory: not deleted; your data is still there. Our legal ground: {ground}.")
                .And.Contain("billing: deleted by our systems.")
                .And.Not.Contain("Your ID may still appear in the public search directory"), "no promise that the listing goes away");

            app.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
            await app.SweepTimersAsync();
            await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
            var done = await api.WaitForRequestAsync(reference, r => r.Status is "Completed" or "Faulted", "the end of the workflow");
            Assert.That((done.Status, done.Incidents.Count), Is.EqualTo(("Completed", 1)), "the listing kept on purpose raises no second incident");
            Assert.That(done.Journal.Select(j => j.Event), Does.Contain("DirectoryRemovalNotChecked"));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    /// <summary>A deletion whose directory erase keeps failing (a trigger refuses it) until it faults with an incident; the API signed in as an agent.</summary>
    static async Task<(DsarApi Api, string Reference, IncidentView Incident)> FailedDirectoryEraseAsync(DsarApp app)
    {
        var api = new DsarApi(app.CreateClient());
        await ExecuteOnDirectoryAsync(app, "CREATE TRIGGER refuse_erase BEFORE UPDATE ON Profiles BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;");
        var reference = await api.SubmitDeletionAsync("chloe.demo", "chloe@example.org", "Chloé Exemple");
        await api.ConfirmAsync(await api.VerificationLinkAsync(reference));
        for (var attempt = 1; attempt < 3; attempt++)
        {
            await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
            await api.WaitForRequestAsync(reference, r => r.Journal.Count(j => j.Event == "TaskFailedWillRetry") == attempt, $"failure {attempt}");
            app.Clock.Advance(TimeSpan.FromMinutes(5 * Math.Pow(2, attempt - 1)) + TimeSpan.FromSeconds(1));
            await app.SweepTimersAsync();
        }
        await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        return (api, reference, (await api.WaitForRequestAsync(reference, r => r.Status == "Faulted", "the incident")).Incidents.Single());
    }

    static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
    }

    static Task ExecuteOnDirectoryAsync(DsarApp app, string sql) =>
        app.InScopeAsync(services => services.GetRequiredService<DirectoryDbContext>().Database.ExecuteSqlRawAsync(sql));
}
