using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Tests.Staff;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Development;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Appeals;

/// <summary>
/// A denied correction under a regime with appeals (Virginia's, as shipped) keeps its values, sealed, until the appeal is
/// decided or its window ends: a reversal reopens it, and the values are what it asks for.
/// </summary>
[TestFixture, CancelAfter(150_000)]
public sealed class CorrectionAppealTests : AppTest
{
    [Test]
    public async Task A_reversed_denial_reopens_the_correction_with_its_values_and_the_accepted_value_reaches_the_stores()
    {
        var (reference, denial) = await DeniedCorrectionAsync();
        Assert.That((await RequestAsync(reference)).Corrections.Single().NewValue, Is.EqualTo("10002"), "kept while the denial can be appealed");

        var requester = new DsarApi(App.CreateClient());
        await requester.OpenStatusAsync(DsarApi.StatusLink(denial));
        var filed = await requester.PostFormAsync("/status", new() { ["AppealReason"] = "I did move." }, handler: "Appeal");
        Assert.That(filed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await filed.Content.ReadAsStringAsync());
        var agent = await StaffRequests.AgentAsync(App);
        var appeal = (await agent.RequestAsync(reference)).Appeal!.AppealedBy!;
        await agent.WaitForRequestAsync(appeal, r => r.Status == "Waiting", "the appeal's decision step");
        // The window ends while the appeal waits: the values stay for it.
        App.Clock.Advance(TimeSpan.FromDays(46));
        await App.Services.GetRequiredService<ClosedRequestLeftovers>().RunAsync(CancellationToken.None);
        Assert.That((await RequestAsync(reference)).Corrections.Single().NewValue, Is.EqualTo("10002"), "an undecided appeal keeps them");

        agent = await StaffRequests.AgentAsync(App);
        var reversed = await agent.Client.PostAsJsonAsync($"/api/requests/{appeal}/appeal/reverse", new { reason = "We misread the form." });
        Assert.That(reversed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await agent.WaitForRequestAsync(reference, r => r.CurrentStep == "review-corrections" && r.Status == "Waiting", "the reopened review");
        var decided = await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/decisions",
            new { decisions = new[] { new { field = "postalCode", accept = true, reason = (string?)null } } });
        Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await decided.Content.ReadAsStringAsync());

        await agent.WaitForRequestAsync(reference, r => r.Status == "Completed", "the correction");
        var billing = await App.InScopeAsync(s => s.GetRequiredService<BillingDbContext>().Accounts.SingleAsync(a => a.AccountId == "bob.demo"));
        Assert.That(billing.PostalCode, Is.EqualTo("10002"), "the value asked for, not an empty one");
        var done = await RequestAsync(reference);
        Assert.That((done.Corrections.Single().NewValue, done.CorrectionValuesKeptUntilUtc), Is.EqualTo(("", (DateTime?)null)), "shed at the final closing");
    }

    [Test]
    public async Task Without_anAppeal_the_values_go_once_the_window_has_ended()
    {
        var (reference, _) = await DeniedCorrectionAsync();
        var kept = await RequestAsync(reference);
        Assert.That(kept.CorrectionValuesKeptUntilUtc, Is.GreaterThan(App.Clock.GetUtcNow().UtcDateTime.AddDays(44)), "the 45-day window");
        var leftovers = App.Services.GetRequiredService<ClosedRequestLeftovers>();

        App.Clock.Advance(TimeSpan.FromDays(44));
        await leftovers.RunAsync(CancellationToken.None);
        Assert.That((await RequestAsync(reference)).Corrections.Single().NewValue, Is.EqualTo("10002"), "still inside the window");

        App.Clock.Advance(TimeSpan.FromDays(2));
        await leftovers.RunAsync(CancellationToken.None);
        var shed = await RequestAsync(reference);
        Assert.That(shed.Corrections.Single(), Has.Property("Field").EqualTo("postalCode").And.Property("NewValue").Empty.And.Property("Why").Null,
            "the field and decision stay, the value goes");
        Assert.That(shed.CorrectionValuesKeptUntilUtc, Is.Null);
        var journal = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Journal.Where(j => j.RequestId == shed.Id && j.Event == "DataShed").ToListAsync());
        Assert.That(journal.Select(j => j.Detail), Has.Some.Contains("correction values kept for an appeal until").And.Some.EqualTo("correction values: the appeal window has ended"));
    }

    /// <summary>Bob, stating Virginia, asks to correct his postal code; an agent denies it at the review.</summary>
    async Task<(string Reference, CapturedEmail Denial)> DeniedCorrectionAsync()
    {
        var reference = await Api.SubmitAsync(new
        {
            type = "correction", accountId = "bob.demo", email = "bob@example.com", fullName = "Bob Example",
            dataPoints = new Dictionary<string, string> { ["postalCode"] = "10001", ["country"] = "US", ["state"] = "VA" },
            changes = new[] { new { field = "postalCode", newValue = "10002", why = "I moved" } },
        });
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        var agent = await StaffRequests.AgentAsync(App);
        var review = await agent.WaitForRequestAsync(reference, r => r.CurrentStep == "review-corrections" && r.Status == "Waiting", "the review");
        Assert.That(review.Regime, Is.EqualTo("vcdpa"));
        var denied = await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/deny", new { code = "manifestly-unfounded-or-excessive" });
        Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await denied.Content.ReadAsStringAsync());
        var denial = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("could not carry out"), "the denial")).Single();
        return (reference, denial);
    }

    Task<DsarRequest> RequestAsync(string reference) =>
        App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Requests.AsNoTracking().SingleAsync(r => r.Reference == reference));
}
