using System.Net;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Staff;

/// <summary>
/// A store that keeps failing, seen and handled from the request page: the retries it waits for in plain words, then the
/// incident, the retry button and the resolve form. The failure is real: a trigger in the directory's database refuses the erase.
/// </summary>
public sealed class RequestPageRecoveryTests
{
    [Test, CancelAfter(180_000)]
    public async Task The_page_says_which_retry_the_step_waits_for_and_an_agent_retries_the_failed_task_from_it()
    {
        await using var app = new DsarApp(settings: new Dictionary<string, string?> { ["Bus:RetryLimit"] = "1" });
        try
        {
            var api = new DsarApi(app.CreateClient());
            await ExecuteOnDirectoryAsync(app, "CREATE TRIGGER refuse_erase BEFORE UPDATE ON Profiles BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;");
            var reference = await api.SubmitDeletionAsync("chloe.demo", "chloe@example.org", "Chloé Exemple");
            await api.ConfirmAsync(await api.VerificationLinkAsync(reference));
            await (await StaffRequests.AgentAsync(app)).WaitForRequestAsync(reference, r => r.Journal.Any(j => j.Event == "TaskFailedWillRetry"), "the first failure");

            var page = new RequestPage(await StaffRequests.SignedInAsync(app, StaffRequests.AgentEmail, StaffRequests.AgentPassword), reference);
            // Received 17:00 UTC; Chloé's record is in France, so the page reads GDPR's clock (Luxembourg: 18:00); the retry is
            // due 5 minutes after the failure.
            Assert.That(await page.ReadAsync(), Does.Match(@"directory erase: retry 2 of 3 at 18:0\d"));

            for (var attempt = 1; attempt < 3; attempt++)
            {
                var agent = await StaffRequests.AgentAsync(app);
                await agent.WaitForRequestAsync(reference, r => r.Journal.Count(j => j.Event == "TaskFailedWillRetry") == attempt, $"failure {attempt}");
                app.Clock.Advance(TimeSpan.FromMinutes(5 * Math.Pow(2, attempt - 1)) + TimeSpan.FromSeconds(1));
                await app.SweepTimersAsync();
            }
            await (await StaffRequests.AgentAsync(app)).WaitForRequestAsync(reference, r => r.Status == "Faulted", "the incident");
            page = new RequestPage(await StaffRequests.SignedInAsync(app, StaffRequests.AgentEmail, StaffRequests.AgentPassword), reference);
            var faulted = await page.ReadAsync();
            Assert.That(faulted, Does.Contain("Retry the directory task").And.Contain("Resolve the incident").And.Contain("directory could not erase"));

            await ExecuteOnDirectoryAsync(app, "DROP TRIGGER refuse_erase;");
            var taskId = (await (await StaffRequests.AgentAsync(app)).RequestAsync(reference)).Tasks.Single(t => t.Store == "directory").Id;
            var retried = await page.PostAsync("Retry", [], query: $"&taskId={taskId}");

            Assert.That(retried.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(RequestPage.Alerts(retried.Html), Does.Contain("The task was sent to the store again."));
            var resumed = await (await StaffRequests.AgentAsync(app)).WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the step to finish");
            Assert.That(resumed.Journal.Single(j => j.Event == "TaskRetried").Role, Is.EqualTo("Agent"));
            Assert.That(await page.ReadAsync(), Does.Match(@"directory propagation until \d+ \w+ 2026"), "the wait in plain words");
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    [Test, CancelAfter(180_000)]
    public async Task An_agent_resolves_an_incident_from_the_page_and_the_page_then_shows_how()
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
                await (await StaffRequests.AgentAsync(app)).WaitForRequestAsync(reference, r => r.Journal.Count(j => j.Event == "TaskFailedWillRetry") == attempt, $"failure {attempt}");
                app.Clock.Advance(TimeSpan.FromMinutes(5 * Math.Pow(2, attempt - 1)) + TimeSpan.FromSeconds(1));
                await app.SweepTimersAsync();
            }
            var incident = (await (await StaffRequests.AgentAsync(app)).WaitForRequestAsync(reference, r => r.Status == "Faulted", "the incident")).Incidents.Single();
            var page = new RequestPage(await StaffRequests.SignedInAsync(app, StaffRequests.AgentEmail, StaffRequests.AgentPassword), reference);

            var unconfirmed = await page.PostAsync("Resolve", new() { ["kind"] = "DoneByHand", ["note"] = "Erased by hand." }, query: $"&incidentId={incident.Id}");
            var resolved = await page.PostAsync("Resolve", new() { ["kind"] = "DoneByHand", ["note"] = "Directory team erased the profile by hand (ticket DIR-4411).", ["Confirm"] = "true" },
                query: $"&incidentId={incident.Id}");

            Assert.That(unconfirmed.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(RequestPage.Alerts(resolved.Html), Does.Contain("Incident resolved."));
            Assert.That(resolved.Html, Does.Contain("Directory team erased the profile by hand (ticket DIR-4411)."), "the resolution the journal only points to");
            Assert.That(resolved.Html, Does.Contain("done by hand outside the system"), "what kind of resolution it was");
            var details = await (await StaffRequests.AgentAsync(app)).WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the workflow to go on");
            Assert.That(details.Journal.Single(j => j.Event == "IncidentResolved").Role, Is.EqualTo("Agent"));
            Assert.That(details.Incidents.Single().Resolution, Does.Contain("DIR-4411"));
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
