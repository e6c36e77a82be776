using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Staff;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Api;

namespace DsarPlatform.Tests.Appeals;

/// <summary>
/// A fresh product whose deletion policy allows appeals (Virginia's periods: 45 days to appeal, 60 to decide), in a copy
/// of the definitions: the shipped ones keep none in their base policy.
/// </summary>
public abstract class AppealTest
{
    public const string Window = "P45D";
    public const string DecisionPeriod = "P60D";

    DefinitionsCopy _definitions = null!;
    protected DsarApp App { get; private set; } = null!;
    protected DsarApi Api { get; private set; } = null!;

    [SetUp]
    public void StartApp()
    {
        _definitions = new DefinitionsCopy();
        _definitions.Edit("deletion.json", "\"recordsRetentionMonths\": 24",
            $"\"recordsRetentionMonths\": 24,\n    \"appeal\": {{ \"window\": \"{Window}\", \"decisionPeriod\": \"{DecisionPeriod}\" }}");
        _definitions.BumpVersion("deletion.json");
        App = new DsarApp(settings: _definitions.Settings);
        Api = new DsarApi(App.CreateClient());
    }

    [TearDown]
    public async Task StopApp()
    {
        await App.DisposeAsync();
        App.DeleteDataFolder();
        _definitions.Dispose();
    }

    /// <summary>Bob's deletion, denied by an agent before he confirmed it; Bob opens the denial email's status link.</summary>
    protected async Task<(string Reference, DsarApi Requester, string StatusPage)> DeniedDeletionAsync()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await App.WaitForQuietAsync();
        var agent = await StaffRequests.AgentAsync(App);
        var denied = await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/deny", new { code = "manifestly-unfounded-or-excessive" });
        Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var denial = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("could not carry out"), "the denial")).Single();
        var requester = new DsarApi(App.CreateClient());
        return (reference, requester, await requester.OpenStatusAsync(DsarApi.StatusLink(denial)));
    }

    /// <summary>Files an appeal from the status page the requester has open; returns the response.</summary>
    protected static Task<HttpResponseMessage> AppealAsync(DsarApi requester, string reason) =>
        requester.PostFormAsync("/status", new() { ["AppealReason"] = reason }, handler: "Appeal");

    /// <summary>A denied deletion, appealed; returns both references.</summary>
    protected async Task<(string Denied, string Appeal, DsarApi Requester)> AppealedDeletionAsync()
    {
        var (reference, requester, _) = await DeniedDeletionAsync();
        var filed = await AppealAsync(requester, "I asked only once.");
        Assert.That(filed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await filed.Content.ReadAsStringAsync());
        var agent = await StaffRequests.AgentAsync(App);
        var appeal = (await agent.RequestAsync(reference)).Appeal!.AppealedBy!;
        await agent.WaitForRequestAsync(appeal, r => r.Status == "Waiting", "the appeal's decision step");
        return (reference, appeal, requester);
    }

    protected async Task<RequestDetails> DetailsAsync(string reference) => await (await StaffRequests.AgentAsync(App)).RequestAsync(reference);

    /// <summary>The end of the local day <paramref name="days"/> after <paramref name="fromUtc"/>'s, in the policy's zone, in UTC.</summary>
    protected static DateTime EndOfLocalDay(DateTimeOffset fromUtc, int days)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fromUtc, zone).DateTime).AddDays(days + 1);
        return TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone).AddTicks(-1);
    }
}
