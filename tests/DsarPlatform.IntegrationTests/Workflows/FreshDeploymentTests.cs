using System.Net;
using System.Security.Cryptography;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// The README's distributed steps on a fresh deployment: the web host and the stores on separate machines (here,
/// separate data folders sharing only the broker and the payload key). The web host opens no store database, so a
/// request submitted before any store process runs is answered 202 and goes on once the stores start.
/// </summary>
[NonParallelizable]
public sealed class FreshDeploymentTests
{
    [Test, CancelAfter(180_000)]
    public async Task A_request_made_before_the_stores_start_is_answered_at_once_and_proceeds_when_they_start()
    {
        RequiredBinary.Check("/usr/lib/rabbitmq/bin/rabbitmq-server", "rabbitmq-server");
        await using var rabbit = await RabbitMqNode.StartNewAsync();
        using var webData = new TempFolder("fresh-web");
        using var storesData = new TempFolder("fresh-stores");
        var shared = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["Bus__Transport"] = "RabbitMq",
            ["ConnectionStrings__RabbitMq"] = rabbit.AmqpUri.ToString(),
            ["Bus__PayloadKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };

        var address = $"http://127.0.0.1:{FreePort.Next()}";
        await using var web = AppProcess.Start(BuiltApp.Web, new(shared)
        {
            ["DataFolder"] = webData.Path, ["ASPNETCORE_URLS"] = address, ["Email__PublicBaseUrl"] = address,
        });
        await web.WaitForHttpAsync(address + "/", TimeSpan.FromSeconds(60));
        var api = new DsarApi(new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address),
        });

        var reference = await api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var waiting = await api.WaitForRequestAsync(reference, r => r.CurrentStep == "match-account" && r.Status == "Waiting", "the lookup sent to the stores");
        Assert.That(waiting.Identification.Select(t => (t.Store, t.Status)), Is.EqualTo(new[] { ("directory", "Pending") }));
        Assert.That(Directory.GetFiles(webData.Path, "*.db").Select(Path.GetFileName), Is.EquivalentTo(new[] { "dsar.db" }),
            "the web host created no store database");

        await using var stores = AppProcess.Start(BuiltApp.Stores, new(shared) { ["DataFolder"] = storesData.Path });
        await stores.WaitForLineAsync("Application started", TimeSpan.FromSeconds(60));

        var link = await api.VerificationLinkAsync(reference);
        var mail = await api.MailAsync();
        Assert.That(mail.Single(m => m.Subject.Contains(reference)).To, Is.EqualTo("alice@example.com"), "the link went to the email on record the directory answered");
        await api.ConfirmAsync(link);
        var erased = await api.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the erasure by the store process");
        Assert.That(erased.Tasks.Select(t => t.Store), Is.EquivalentTo(new[] { "billing", "contacts", "im-history", "directory" }));
        Assert.That(erased.Identification.Select(t => t.Store), Is.EquivalentTo(new[] { "directory", "billing" }));
        Assert.That(erased.Tasks.Concat(erased.Identification).All(t => stores.OutputLines.Any(l => l.Contains($"processed task {t.Id}"))), stores.LogTail());
    }
}
