using System.Net;
using System.Net.Http.Json;
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
    public async Task An_agent_who_resolved_the_problem_by_hand_lets_the_workflow_go_on()
    {
        await using var app = new DsarApp(settings: new Dictionary<string, string?> { ["Bus:RetryLimit"] = "1" });
        try
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
            var incident = (await api.WaitForRequestAsync(reference, r => r.Status == "Faulted", "the incident")).Incidents.Single();

            var noNote = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/incidents/{incident.Id}/resolve", new { note = "" });
            Assert.That(noNote.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "resolving needs a note");
            var resolve = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/incidents/{incident.Id}/resolve",
                new { note = "Directory team erased the profile by hand (ticket DIR-4411)." });
            Assert.That(resolve.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

            var resumed = await api.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the workflow to go on");
            Assert.That(resumed.Incidents.Single().ResolvedAtUtc, Is.Not.Null);
            Assert.That(resumed.Journal.Select(j => j.Event), Does.Contain("IncidentResolved").And.Contain("StepResolvedByAgent"));
            var again = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/incidents/{incident.Id}/resolve", new { note = "twice" });
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    static Task ExecuteOnDirectoryAsync(DsarApp app, string sql) =>
        app.InScopeAsync(services => services.GetRequiredService<DirectoryDbContext>().Database.ExecuteSqlRawAsync(sql));
}
