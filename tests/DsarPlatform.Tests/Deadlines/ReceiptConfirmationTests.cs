using System.Net.Http.Json;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Deadlines;

/// <summary>
/// Where the policy asks for it (<c>receiptConfirmationBusinessDays</c>), receipt is confirmed to the email on record as soon
/// as the account is matched, once, journaled with its deadline; a request that could not be confirmed reaches a person.
/// </summary>
public sealed class ReceiptConfirmationTests
{
    [Test, CancelAfter(180_000)]
    public async Task Receipt_is_confirmed_once_by_its_business_day_deadline_and_an_unconfirmed_request_raises_a_notice()
    {
        using var definitions = new DefinitionsCopy();
        // 10 business days from Monday 2 November skip two weekends and Veterans Day: the end of Tuesday 17 November, Pacific time.
        definitions.Edit("access.json", "\"extensionLimit\": \"P60D\",",
            "\"extensionLimit\": \"P60D\",\n    \"receiptConfirmationBusinessDays\": 10,\n    \"holidays\": [\"2026-11-11\"],");
        var app = new DsarApp(settings: definitions.Settings);
        try
        {
            var api = new DsarApi(app.CreateClient());
            var matched = await api.SubmitAsync(new
            {
                type = "access", accountId = "bob.demo", email = "bob@example.com", fullName = "Bob Example",
                dataPoints = new Dictionary<string, string>(), signedDeclaration = true,
            });
            var unmatched = await app.InScopeAsync(services => services.GetRequiredService<RequestIntake>().SubmitAsync(
                new IntakeSubmission("access", "nobody", "nobody@example.net", "No Body", null, SignedDeclaration: true), IntakeChannels.Phone, CancellationToken.None));
            await app.WaitForFirstStepsAsync();

            var confirmation = (await api.WaitForMailAsync(m => m.Subject == $"We received your request {matched}", "the receipt confirmation")).Single();
            Assert.That(confirmation.To, Is.EqualTo("bob@example.com"));
            Assert.That(confirmation.Text, Does.Contain("30 days").And.Contain("2 December 2026"), "the rules' period and the due date");
            await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
            var journal = (await api.RequestAsync(matched)).Journal;
            Assert.That(journal.Single(j => j.Event == "ReceiptConfirmed").Detail, Does.Contain("due by 2026-11-18T07:59:59.9999999Z"));
            Assert.That((await api.RequestAsync(unmatched)).Journal.Single(j => j.Event == "ReceiptNotConfirmed").Detail, Does.Contain("no email on record"));

            // The status page, through the link in a question (this request stays short of the access level's proof).
            await api.ConfirmAsync(await api.VerificationLinkAsync(matched));
            await api.WaitForRequestAsync(matched, r => r.Journal.Any(j => j.Event == "VerificationIncomplete"), "the wait for an agent's decision");
            await api.Client.PostAsJsonAsync($"/api/requests/{matched}/request-information", new { message = "Which phone number did you use last?" });
            var question = (await api.WaitForMailAsync(m => m.Subject.Contains("more information"), "the question")).Single();
            Assert.That(await new DsarApi(app.CreateClient()).OpenStatusAsync(DsarApi.StatusLink(question)), Does.Contain("We confirmed receipt on 2 November 2026."));

            await WaitingRequests.SweepOnDayAsync(app, 15); // Tuesday 17 November: still in time
            Assert.That(await ReceiptNoticesAsync(app), Is.Empty);
            foreach (var day in new[] { 16, 16, 20 }) await WaitingRequests.SweepOnDayAsync(app, day);
            Assert.That(await ReceiptNoticesAsync(app), Is.EqualTo(new[] { unmatched }), "once, for the request nobody could be told about");
            await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
            Assert.That((await api.RequestAsync(unmatched)).Journal.Count(j => j.Event == "ReceiptConfirmationMissed"), Is.EqualTo(1));
            Assert.That((await api.MailAsync()).Count(m => m.Subject.StartsWith("We received your request")), Is.EqualTo(1));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    static Task<string[]> ReceiptNoticesAsync(DsarApp app) =>
        app.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<DsarDbContext>();
            return db.AgentNotices.Where(n => n.Kind == TimerKind.ReceiptConfirmation)
                .Join(db.Requests, n => n.RequestId, r => r.Id, (n, r) => r.Reference).ToArrayAsync();
        });
}
