using System.Net;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Staff;

/// <summary>An agent records a request received by phone, post or email; it then runs the same workflow as one made on the website.</summary>
public sealed class ManualIntakeTests : AppTest
{
    const string Intake = "/staff/intake";

    [Test, CancelAfter(60_000)]
    public async Task A_deletion_taken_by_phone_is_verified_through_the_email_on_record_keeps_its_channel_and_names_the_agent()
    {
        await SignInAsync("agent@dsar.local", "Agent-Demo-2026!");

        var page = await Api.SubmitFormAsync(Intake, new()
        {
            ["Type"] = "deletion", ["Channel"] = "phone", ["AccountId"] = "alice.demo",
            ["Email"] = "alice.typed.on.the.phone@example.net", ["FullName"] = "Alice Example",
        });

        var reference = ReferenceIn(page);
        Assert.That(page, Does.Contain($"href=\"/staff/requests/{reference}\""), "a link to the request's page");
        var verification = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("confirm"), "the verification email")).Single();
        Assert.That(verification.To, Is.EqualTo("alice@example.com"), "the email on record, never the address typed");

        var (channel, received, agentId) = await App.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DsarDbContext>();
            var request = await db.Requests.SingleAsync(r => r.Reference == reference);
            var entry = await db.Journal.SingleAsync(j => j.RequestId == request.Id && j.Event == "RequestReceived");
            var agent = await db.Users.SingleAsync(u => u.Email == "agent@dsar.local");
            return (request.Channel, (entry.Actor, entry.Role), agent.Id);
        });
        Assert.That(channel, Is.EqualTo("phone"));
        Assert.That(received, Is.EqualTo((agentId, "Agent")), "the journal names the agent who recorded it");
    }

    [Test, CancelAfter(60_000)]
    public async Task The_intake_page_offers_and_records_a_disclosures_request()
    {
        await SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        Assert.That(await Api.Client.GetStringAsync(Intake), Does.Contain("value=\"disclosures\""));

        var page = await Api.SubmitFormAsync(Intake, new()
        {
            ["Type"] = "disclosures", ["Channel"] = "post", ["AccountId"] = "bob.demo", ["Email"] = "bob@example.com", ["FullName"] = "Bob Example",
            ["Country"] = "US", ["State"] = "CA", // offered to California residents
        });

        var reference = ReferenceIn(page);
        await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("confirm"), "the verification email");
        var type = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Requests.Where(r => r.Reference == reference).Select(r => r.Type).SingleAsync());
        Assert.That(type, Is.EqualTo(DsarPlatform.Workflows.Requests.RequestType.Disclosures));
    }

    [Test, CancelAfter(60_000)]
    public async Task Invalid_input_is_shown_beside_each_field_and_nothing_is_recorded()
    {
        await SignInAsync("agent@dsar.local", "Agent-Demo-2026!");

        var response = await Api.PostFormAsync(Intake, new() { ["Type"] = "correction", ["Email"] = "not-an-email", ["FullName"] = "" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var page = await response.Content.ReadAsStringAsync();
        Assert.That(page, Does.Contain("role=\"alert\""), "an error summary");
        foreach (var field in new[] { "Channel", "Email", "FullName", "Changes" })
            Assert.That(page, Does.Match($"id=\"{field}-error\"[^>]*>[^<]*\\S"), $"an error beside {field}");
        Assert.That(await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Requests.CountAsync()), Is.Zero);
    }

    [Test, CancelAfter(60_000)]
    public async Task An_auditor_may_neither_open_nor_post_the_intake_page()
    {
        await SignInAsync("auditor@dsar.local", "Auditor-Demo-2026!");

        var get = await Api.Client.GetAsync(Intake);
        var post = await Api.Client.PostAsync(Intake, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Type"] = "deletion", ["Channel"] = "post", ["Email"] = "bob@example.com", ["FullName"] = "Bob Example",
        }));

        Assert.That((get.StatusCode, post.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)));
        Assert.That(await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Requests.CountAsync()), Is.Zero);
    }

    Task SignInAsync(string email, string password) =>
        Api.SubmitFormAsync("/Account/Login", new() { ["email"] = email, ["password"] = password });

    static string ReferenceIn(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "<span class=\"reference\">([^<]+)</span>").Groups[1].Value is { Length: > 0 } reference
            ? reference
            : throw new AssertionException("The page shows no reference.");
}
