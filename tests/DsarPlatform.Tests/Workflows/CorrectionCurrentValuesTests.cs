using System.Net;
using System.Net.Http.Json;
using System.Text;
using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Api;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.StoreTasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Workflows;

/// <summary>
/// A correction under review shows the agent the current value of each field, read over the bus from the stores that
/// hold it while the agent reviews, kept sealed in the workflow's database and never in its journal.
/// </summary>
public sealed class CorrectionCurrentValuesTests
{
    /// <summary>Bob's city in the directory, set by the test: text found nowhere else, so its bytes can be searched for.</summary>
    const string CityOnRecord = "Quxville-7731";

    static object BobsCorrection => new
    {
        type = "correction", accountId = "bob.demo", email = "bob@example.com", fullName = "Bob Example",
        dataPoints = new Dictionary<string, string> { ["phone"] = "+1 555 555 0102", ["country"] = "US" },
        changes = new[]
        {
            new { field = "postalCode", newValue = "10002", why = "I moved" },
            new { field = "city", newValue = "Brooklyn", why = "I moved" },
            new { field = "displayName", newValue = "Robert", why = "my name" },
        },
    };

    [Test, CancelAfter(90_000)]
    public async Task A_correction_under_review_shows_each_fields_current_value_from_the_stores_holding_it_sealed_at_rest()
    {
        await using var app = new DsarApp();
        try
        {
            var api = new DsarApi(app.CreateClient());
            await app.InScopeAsync(async services =>
            {
                await services.GetRequiredService<DirectoryDbContext>().Profiles.Where(p => p.AccountId == "bob.demo")
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.City, CityOnRecord));
                await services.GetRequiredService<ContactsDbContext>().ContactEntries
                    .Where(e => e.ContactAccountId == "bob.demo" && e.OwnerAccountId == "alice.demo")
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.DisplayName, "Bobby K"));
            });
            var reference = await api.SubmitAsync(BobsCorrection);
            await api.ConfirmAsync(await api.VerificationLinkAsync(reference));
            await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");

            var review = await api.WaitForRequestAsync(reference,
                r => r.CurrentStep == "review-corrections" && r.CurrentValues.Count > 0 && r.CurrentValues.All(v => v.State == "Read"), "every store's answer");
            Assert.That(review.DefinitionVersion, Is.EqualTo(5));
            Assert.That(review.CurrentValues.Select(v => (v.Field, v.Store, v.Value)), Is.EqualTo(new (string, string?, string?)[]
            {
                ("postalCode", "billing", "10001"), ("postalCode", "directory", "10001"),
                ("city", "directory", CityOnRecord),
                ("displayName", "contacts", "Bob; Bobby K"), ("displayName", "directory", "Bob"),
            }), "per field in the order asked, one line per store holding it; im-history is not asked, billing holds no city");
            Assert.That(review.Tasks.Where(t => t.Action == StoreActions.ReadFields).Select(t => t.Outcome!.SealedFields), Is.All.Null,
                "the task list does not carry the sealed values");

            var reads = review.Journal.Where(j => j.Event == "FieldsRead").ToList();
            Assert.That(reads.Select(j => j.Detail), Is.EquivalentTo(new[] { "billing: postalCode", "contacts: displayName", "directory: postalCode, city, displayName" }));
            Assert.That(reads.Select(j => j.Step), Is.All.EqualTo("review-corrections"));
            Assert.That(review.Journal.Select(j => j.Detail ?? ""), Has.None.Contain(CityOnRecord).And.None.Contain("Bobby K"));

            await app.WaitForQuietAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(app.DataFolder, "*", SearchOption.AllDirectories).Where(f => !IsStoreFile(f)))
                Assert.That(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)), Does.Not.Contain(CityOnRecord),
                    $"{Path.GetFileName(file)} holds the current value in clear");
            var stored = await app.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().StoreTasks
                .Where(t => t.Action == StoreActions.ReadFields && t.Store == StoreNames.Directory).Select(t => t.OutcomeJson).SingleAsync());
            Assert.That(stored, Does.Contain("SealedFields").And.Not.Contain(CityOnRecord));

            var decided = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/decisions", new
            {
                decisions = new[]
                {
                    new { field = "postalCode", accept = true, reason = (string?)null },
                    new { field = "city", accept = true, reason = (string?)null },
                    new { field = "displayName", accept = true, reason = (string?)null },
                },
            });
            Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            var done = await api.WaitForRequestAsync(reference, r => r.Status == "Completed", "completion");
            Assert.That(done.CurrentValues, Is.Empty, "the values read for the review are shed when the request closes");
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    [Test, CancelAfter(90_000)]
    public async Task A_redelivered_read_answer_changes_nothing()
    {
        await using var app = new DsarApp();
        try
        {
            var api = new DsarApi(app.CreateClient());
            var reference = await api.SubmitAsync(BobsCorrection);
            await api.ConfirmAsync(await api.VerificationLinkAsync(reference));
            await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
            var review = await api.WaitForRequestAsync(reference,
                r => r.CurrentValues.Count > 0 && r.CurrentValues.All(v => v.State == "Read"), "every store's answer");
            var directoryRead = review.Tasks.Single(t => t.Action == StoreActions.ReadFields && t.Store == StoreNames.Directory);

            var seal = app.Services.GetRequiredService<PayloadSeal>();
            var other = new StoreTaskOutcome([new CategoryCount("field:city", 1)], [], SealedFields: seal.Seal("""[{"field":"city","value":"Elsewhere"}]"""));
            var again = await app.InScopeAsync(services => services.GetRequiredService<StoreTaskResults>().CompletedAsync(directoryRead.Id, other, CancellationToken.None));
            var failedLate = await app.InScopeAsync(services => services.GetRequiredService<StoreTaskResults>().FailedAsync(directoryRead.Id, "late failure", CancellationToken.None));

            Assert.That((again, failedLate), Is.EqualTo((false, false)));
            var after = await api.RequestAsync(reference);
            Assert.That(after.CurrentValues, Is.EqualTo(review.CurrentValues));
            Assert.That(after.Journal.Count(j => j.Event == "FieldsRead"), Is.EqualTo(3));
            Assert.That(after.Journal.Select(j => j.Event), Has.None.EqualTo("FieldsNotRead"));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    [Test, CancelAfter(120_000)]
    public async Task A_store_that_cannot_be_read_shows_its_fields_as_failed_and_does_not_hold_up_the_review()
    {
        await using var app = new DsarApp(settings: new Dictionary<string, string?> { ["Bus:RetryLimit"] = "1" });
        try
        {
            var api = new DsarApi(app.CreateClient());
            // A real failure in billing's own database, on the read only: identification reads another table.
            await ExecuteOnBillingAsync(app, "ALTER TABLE Accounts RENAME TO AccountsMoved;");
            var reference = await api.SubmitAsync(BobsCorrection);
            await api.ConfirmAsync(await api.VerificationLinkAsync(reference));
            await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");

            var review = await api.WaitForRequestAsync(reference,
                // The journal is read before the values, so a read that fails in between shows as failed before it is journaled.
                r => r.CurrentValues.Count > 0 && r.CurrentValues.All(v => v.State != "Pending") && r.Journal.Any(j => j.Event == "FieldsNotRead"),
                "every store's answer");
            Assert.That(review.CurrentValues.Where(v => v.Store == StoreNames.Billing).Select(v => (v.Field, v.State, v.Value)), Is.EqualTo(new (string, string, string?)[]
            {
                ("postalCode", "Failed", null), ("city", "Failed", null), ("displayName", "Failed", null),
            }), "billing's answer is unknown for every field: it may hold any of them");
            Assert.That(review.CurrentValues.Where(v => v.Store == StoreNames.Directory).Select(v => v.State), Is.All.EqualTo("Read"));
            Assert.That((review.Status, review.CurrentStep, review.Incidents.Count), Is.EqualTo(("Waiting", "review-corrections", 0)), "no incident for a read");
            Assert.That(review.Journal.Single(j => j.Event == "FieldsNotRead").Detail, Does.StartWith("billing: the store could not process the task"));
            var failedRead = review.Tasks.Single(t => t.Action == StoreActions.ReadFields && t.Store == StoreNames.Billing);
            Assert.That((failedRead.Status, failedRead.Attempts), Is.EqualTo(("Failed", 1)), "a read is not retried on a timer");

            await ExecuteOnBillingAsync(app, "ALTER TABLE AccountsMoved RENAME TO Accounts;");
            var retry = await api.Client.PostAsync($"/api/requests/{reference}/tasks/{failedRead.Id}/retry", null);
            Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            var reread = await api.WaitForRequestAsync(reference, r => r.CurrentValues.Where(v => v.Store == StoreNames.Billing).Any(v => v.State == "Read"), "billing's second answer");
            Assert.That(reread.CurrentValues.Single(v => v.Store == StoreNames.Billing).Value, Is.EqualTo("10001"));
            Assert.That((reread.Status, reread.CurrentStep), Is.EqualTo(("Waiting", "review-corrections")), "a retried read leaves the review waiting for the agent");

            var decided = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/decisions", new
            {
                decisions = new[]
                {
                    new { field = "postalCode", accept = true, reason = (string?)null },
                    new { field = "city", accept = false, reason = (string?)"Please send proof of the new address." },
                    new { field = "displayName", accept = true, reason = (string?)null },
                },
            });
            Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            await api.WaitForRequestAsync(reference, r => r.Status == "Completed", "completion");
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    [Test, CancelAfter(120_000)]
    public async Task A_correction_started_on_the_version_before_field_reads_keeps_it_and_reviews_without_them()
    {
        using var definitions = new DefinitionsCopy();
        definitions.Edit("correction.json", "\"version\": 5", "\"version\": 4");
        definitions.Edit("correction.json", "\"AgentReview\", \"stores\": [\"billing\", \"contacts\", \"directory\"] }", "\"AgentReview\" }");
        var app = new DsarApp(settings: definitions.Settings);
        try
        {
            var earlier = await new DsarApi(app.CreateClient()).SubmitAsync(BobsCorrection);
            await app.DisposeAsync();
            app = new DsarApp(app.DataFolder, app.Clock.GetUtcNow());
            var api = new DsarApi(app.CreateClient());
            var later = await api.SubmitAsync(new
            {
                type = "correction", accountId = "alice.demo", email = "alice@example.com", fullName = "Alice Example",
                dataPoints = new Dictionary<string, string> { ["phone"] = "+15555550101", ["country"] = "US" },
                changes = new[] { new { field = "city", newValue = "Oakland", why = "I moved" } },
            });

            await api.ConfirmAsync(await api.VerificationLinkAsync(earlier));
            await api.ConfirmAsync(await api.VerificationLinkAsync(later));
            await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
            var laterReview = await api.WaitForRequestAsync(later, r => r.CurrentValues.Count > 0 && r.CurrentValues.All(v => v.State == "Read"), "the later request's reads");
            var earlierReview = await api.WaitForRequestAsync(earlier, r => r.CurrentStep == "review-corrections" && r.Status == "Waiting", "the earlier request's review");

            Assert.That((earlierReview.DefinitionVersion, laterReview.DefinitionVersion), Is.EqualTo((4, 5)));
            Assert.That(earlierReview.CurrentValues, Is.Empty);
            Assert.That(earlierReview.Tasks.Select(t => t.Action), Has.None.EqualTo(StoreActions.ReadFields));
            Assert.That(laterReview.CurrentValues.Select(v => (v.Store, v.Value)), Is.EqualTo(new[] { ((string?)"directory", (string?)"San Francisco") }));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    static bool IsStoreFile(string path) =>
        StoreNames.All.Any(store => Path.GetFileName(path).StartsWith(store + ".db", StringComparison.Ordinal));

    static Task ExecuteOnBillingAsync(DsarApp app, string sql) =>
        app.InScopeAsync(services => services.GetRequiredService<BillingDbContext>().Database.ExecuteSqlRawAsync(sql));
}
