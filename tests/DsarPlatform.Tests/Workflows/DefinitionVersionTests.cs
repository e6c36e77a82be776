using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Tests.Workflows;

/// <summary>Definitions are versioned: a running request keeps its version; a silently changed file is refused.</summary>
public sealed class DefinitionVersionTests
{
    static readonly string Shipped = DefinitionsCopy.Shipped;

    [Test, CancelAfter(90_000)]
    public async Task A_running_request_keeps_its_version_and_new_requests_start_on_the_new_one()
    {
        using var definitions = new DefinitionsCopy();
        var app = new DsarApp(settings: definitions.Settings);
        try
        {
            var api = new DsarApi(app.CreateClient());
            var first = await api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
            await app.DisposeAsync();

            definitions.BumpVersion("deletion.json");
            definitions.Edit("deletion.json", "\"P14D\"", "\"P15D\"");
            app = new DsarApp(app.DataFolder, app.Clock.GetUtcNow(), definitions.Settings);
            api = new DsarApi(app.CreateClient());
            var second = await api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");

            await api.ConfirmAsync(await api.VerificationLinkAsync(first));
            await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
            var old = await api.WaitForRequestAsync(first, r => r.CurrentStep == "directory-propagation", "the first request's wait");
            Assert.That(old.DefinitionVersion, Is.EqualTo(4));
            var wait = old.Journal.Single(j => j.Event == "WaitStarted").AtUtc;
            Assert.That(old.Journal.Single(j => j.Event == "WaitStarted").Detail, Does.Contain($"until {wait.AddDays(14):yyyy-MM-dd}"), "v4 still waits 14 days");
            Assert.That((await api.RequestAsync(second)).DefinitionVersion, Is.EqualTo(5));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    [Test, CancelAfter(60_000)]
    public async Task A_file_changed_without_a_new_version_is_refused_naming_the_file()
    {
        using var definitions = new DefinitionsCopy();
        var app = new DsarApp(settings: definitions.Settings);
        try
        {
            app.CreateClient();
            await app.DisposeAsync();
            definitions.Edit("deletion.json", "\"P14D\"", "\"P10D\"");

            app = new DsarApp(app.DataFolder, settings: definitions.Settings);
            var failure = Assert.Catch(() => app.CreateClient());
            Assert.That(failure!.ToString(), Does.Contain("workflows/deletion.json changed but still says version 4"));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    [TestCase("\"duration\": \"P14D\"", "\"duration\": \"two weeks\"", TestName = "A wait needs an ISO-8601 duration")]
    [TestCase(", \"reason\": \"the search directory may show the ID for up to two weeks after delisting\"", "", TestName = "A wait needs a reason")]
    [TestCase("\"stores\": [\"billing\", \"contacts\", \"im-history\", \"directory\"]", "\"stores\": []", TestName = "A dispatch names at least one store")]
    [TestCase("\"activity\": \"Complete\"", "\"activity\": \"Teleport\"", TestName = "Only catalog activities")]
    [TestCase("\"responsePeriod\": \"P30D\"", "\"responsePeriod\": \"30 days\"", TestName = "The response period is an ISO-8601 period")]
    public void A_definition_that_breaks_the_schema_is_refused(string from, string to)
    {
        var broken = File.ReadAllText(Path.Combine(Shipped, "deletion.json")).Replace(from, to);
        Assert.That(broken, Is.Not.EqualTo(File.ReadAllText(Path.Combine(Shipped, "deletion.json"))), "the case must change the file");
        var failure = Assert.Throws<InvalidOperationException>(() => DefinitionLoader.Parse(Schema(), "deletion.json", broken));
        Assert.That(failure!.Message, Does.Contain("deletion.json does not match workflow.schema.json"));
    }

    [Test]
    public void Gdpr_and_ccpa_policies_are_expressible_and_keep_their_clocks()
    {
        var deletion = File.ReadAllText(Path.Combine(Shipped, "deletion.json"));
        var gdpr = DefinitionLoader.Parse(Schema(), "gdpr-deletion.json", deletion
            .Replace("\"id\": \"deletion\"", "\"id\": \"gdpr-deletion\"").Replace("\"P30D\"", "\"P1M\"")
            .Replace("\"extensionLimit\": \"P60D\"", "\"extensionLimit\": \"P2M\"").Replace("America/Los_Angeles", "Europe/Berlin"));
        var ccpa = DefinitionLoader.Parse(Schema(), "ccpa-deletion.json", deletion
            .Replace("\"id\": \"deletion\"", "\"id\": \"ccpa-deletion\"").Replace("\"P30D\"", "\"P45D\"")
            .Replace("\"extensionLimit\": \"P60D\"", "\"extensionLimit\": \"P45D\", \"receiptConfirmationBusinessDays\": 10"));

        var received = DateTimeOffset.Parse("2026-01-31T09:00:00Z");
        Assert.That(Deadline.DueAtUtc(received, gdpr.Policy), Is.EqualTo(DateTime.Parse("2026-02-28T22:59:59.9999999Z").ToUniversalTime()));
        Assert.That(Deadline.DueAtUtc(received, ccpa.Policy), Is.EqualTo(DateTime.Parse("2026-03-18T06:59:59.9999999Z").ToUniversalTime()));
        Assert.That(ccpa.Policy.ReceiptConfirmationBusinessDays, Is.EqualTo(10));
    }

    static NJsonSchema.JsonSchema Schema() =>
        NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(Shipped, "workflow.schema.json")).GetAwaiter().GetResult();
}
