using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Workflows;

/// <summary>A correction: the agent decides each field, accepted changes reach every store holding the field, the reply says what and why.</summary>
public sealed class CorrectionRequestTests
{
    [Test, CancelAfter(90_000)]
    public async Task Accepted_fields_are_corrected_in_every_store_and_the_reply_explains_refusals()
    {
        await using var app = new DsarApp();
        try
        {
            var api = new DsarApi(app.CreateClient());
            var reference = await api.SubmitAsync(new
            {
                type = "correction", accountId = "bob.demo", email = "bob@example.com", fullName = "Bob Example",
                dataPoints = new Dictionary<string, string> { ["postalCode"] = "10001", ["country"] = "US" },
                changes = new[]
                {
                    new { field = "postalCode", newValue = "10002", why = "I moved" },
                    new { field = "city", newValue = "Atlantis", why = "typo" },
                },
            });
            await api.ConfirmAsync(await api.VerificationLinkAsync(reference));
            await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
            var review = await api.WaitForRequestAsync(reference, r => r.CurrentStep == "review-corrections" && r.Status == "Waiting", "the review");
            Assert.That(review.Journal.Single(j => j.Event == "IdentityVerified").Detail, Does.Contain("level 2"),
                "postal code (the field being corrected) cannot count; name and country do");

            var refused = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/decisions", new { decisions = new[] { new { field = "city", accept = false, reason = "" } } });
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a refusal needs a reason");
            var decided = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/decisions", new
            {
                decisions = new object[]
                {
                    new { field = "postalCode", accept = true, reason = (string?)null },
                    new { field = "city", accept = false, reason = "No city of that name exists in our postal data." },
                },
            });
            Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

            var done = await api.WaitForRequestAsync(reference, r => r.Status == "Completed", "completion");
            Assert.That(done.Tasks.Where(t => t.Action == "Rectify").Select(t => t.Store), Is.EquivalentTo(new[] { "billing", "contacts", "directory" }));
            await app.InScopeAsync(async services =>
            {
                Assert.That((await services.GetRequiredService<DirectoryDbContext>().Profiles.SingleAsync(p => p.AccountId == "bob.demo")).PostalCode, Is.EqualTo("10002"));
                Assert.That((await services.GetRequiredService<BillingDbContext>().Accounts.SingleAsync(a => a.AccountId == "bob.demo")).PostalCode, Is.EqualTo("10002"));
                return true;
            });
            var reply = (await api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("is done"), "the reply")).Single();
            Assert.That(reply.To, Is.EqualTo("bob@example.com"));
            Assert.That(reply.Text, Does.Contain("Postal code: now \"10002\"").And.Contain("No city of that name"));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }
}
