using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Security;

/// <summary>S2, S3, S6: what someone acting in another person's name can and cannot make the system do.</summary>
public sealed class ImpersonationTests : AppTest
{
    [Test, CancelAfter(60_000)]
    public async Task An_impostor_with_public_facts_and_their_own_email_gets_the_same_answer_and_nothing_is_sent_to_them()
    {
        var real = await Api.Client.PostAsJsonAsync("/api/requests", new
        {
            type = "deletion", accountId = "bob.demo", email = "bob@example.com", fullName = "Bob Example",
            dataPoints = new Dictionary<string, string>(),
        });
        var impostor = await Api.Client.PostAsJsonAsync("/api/requests", new
        {
            type = "deletion", email = "attacker@evil.example", fullName = "Alice Example",
            dataPoints = new Dictionary<string, string> { ["phone"] = "+1 555-555-0101" },
        });

        Assert.That(impostor.StatusCode, Is.EqualTo(real.StatusCode).And.EqualTo(HttpStatusCode.Accepted));
        Assert.That(Shape(await impostor.Content.ReadAsStringAsync()), Is.EqualTo(Shape(await real.Content.ReadAsStringAsync())));
        Assert.That(impostor.Headers.Location?.OriginalString, Does.Match("^/api/requests/DSR-[0-9A-Z]{10}$"));
        Assert.That(impostor.Headers.Select(h => h.Key), Is.EquivalentTo(real.Headers.Select(h => h.Key)));

        await Api.WaitForMailAsync(m => m.To == "bob@example.com", "bob's verification email");
        Assert.That((await Api.MailAsync()).Where(m => m.To.Contains("evil.example", StringComparison.OrdinalIgnoreCase)), Is.Empty);
        Assert.That((await Api.MailAsync()).Where(m => m.To == "alice@example.com"), Is.Empty,
            "without the account id or the email on record, the request is not tied to alice's account");
    }

    [Test, CancelAfter(60_000)]
    public async Task Four_submissions_for_one_person_are_all_answered_202_and_the_fourth_is_throttled()
    {
        for (var i = 0; i < 4; i++) await Api.SubmitDeletionAsync("alice.demo", $"someone{i}@example.com", "Alice Example");

        var throttled = await App.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Requests
            .OrderBy(r => r.ReceivedAtUtc).Select(r => r.Throttled).ToListAsync());
        Assert.That(throttled, Is.EqualTo(new[] { false, false, false, true }));
    }

    [Test, CancelAfter(60_000)]
    public async Task Four_submissions_for_one_person_send_at_most_three_verification_emails()
    {
        for (var i = 0; i < 4; i++) await Api.SubmitDeletionAsync("alice.demo", $"someone{i}@example.com", "Alice Example");

        await Api.WaitForMailAsync(m => m.To == "alice@example.com", "three verification emails", count: 3);
        await Task.Delay(1000);
        Assert.That((await Api.MailAsync()).Count(m => m.To == "alice@example.com"), Is.EqualTo(3));
    }

    [Test, CancelAfter(60_000)]
    public async Task Fetching_a_verification_link_does_not_use_it()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        var link = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference), "the verification email")).Single().Links.Single();
        var path = new Uri(link).PathAndQuery;

        for (var i = 0; i < 3; i++)
        {
            var scanned = await Api.Client.GetStringAsync(path);
            Assert.That(scanned, Does.Contain("Yes, I made this request"), "a GET only shows the button");
        }
        Assert.That(await Api.ConfirmAsync(link), Does.Contain("your request is confirmed"));
    }

    static string Shape(string json) =>
        string.Join(",", JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => $"{p.Name}:{p.Value.ValueKind}"));
}
