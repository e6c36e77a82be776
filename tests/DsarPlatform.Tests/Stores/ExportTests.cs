using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Stores.DemoData;

namespace DsarPlatform.Tests.Stores;

[TestFixture, CancelAfter(60_000)]
public class ExportTests
{
    static readonly string Alice = DemoCustomers.Alice.AccountId;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    StoreTestHost host = null!;

    [SetUp]
    public async Task StartStores() => host = await StoreTestHost.StartAsync();

    [TearDown]
    public async Task StopStores() => await host.DisposeAsync();

    async Task<(StoreTaskCompleted Result, ExportDocument Document)> ExportAliceAsync(string store)
    {
        var task = new ExportSubjectData(Guid.NewGuid(), Guid.NewGuid(), Alice);
        var result = await host.RunAsync(store, task);
        var relative = $"{task.RequestId:N}/{store}.json";
        Assert.That(result.Outcome.Files, Is.EqualTo(new[] { relative }));
        var folder = Path.Combine(host.Folder, "exports", $"{task.RequestId:N}");
        Assert.That(System.IO.Directory.GetFiles(folder), Is.EqualTo(new[] { Path.Combine(folder, $"{store}.json") }), "no partial file is left behind");
        await using var file = File.OpenRead(Path.Combine(host.Folder, "exports", relative));
        var document = (await JsonSerializer.DeserializeAsync<ExportDocument>(file, Json))!;
        Assert.That((document.Store, document.AccountId, document.ExportedAtUtc), Is.EqualTo((store, Alice, StoreTestHost.Start.UtcDateTime)));
        Assert.That(document.Categories, Has.All.Matches<ExportCategory>(c =>
            c.Description.Length > 0 && c.Purpose.Length > 0 && c.LegalBasis.Length > 0 && c.Retention.Length > 0 && c.Source.Length > 0));
        Assert.That(result.Outcome.Counts, Is.EqualTo(document.Categories.Select(c => new CategoryCount(c.Name, c.Records.Count))));
        Assert.That(result.Action, Is.EqualTo(StoreActions.Export));
        return (result, document);
    }

    static IReadOnlyList<IReadOnlyDictionary<string, string?>> Records(ExportDocument document, string category) =>
        document.Categories.Single(c => c.Name == category).Records;

    [Test]
    public async Task Billing_export_explains_each_category_and_holds_alices_records_only()
    {
        var (_, document) = await ExportAliceAsync(StoreNames.Billing);

        Assert.That(document.Categories.Select(c => c.Name),
            Is.EqualTo(new[] { "account-details", "payment-instruments", "orders", "invoices", "call-records", "direct-marketing-disclosures" }));
        Assert.That(Records(document, "account-details").Single()["billingEmail"], Is.EqualTo(DemoCustomers.Alice.Email));
        Assert.That(Records(document, "payment-instruments").Single()["lastFour"], Is.EqualTo("4242"));
        Assert.That(Records(document, "invoices"), Has.Count.EqualTo(4));
        Assert.That(Records(document, "call-records"), Has.Count.EqualTo(12));
        Assert.That(Records(document, "invoices").Select(r => r["number"]), Has.All.Contains("ALICE.DEMO"));
        Assert.That(Records(document, "direct-marketing-disclosures").Select(r => r["thirdPartyName"]),
            Is.EqualTo(new[] { "Example Travel Offers Inc.", "Example Magazine Group LLC", "Example Magazine Group LLC" }), "the disclosures register, oldest first");
        Assert.That(Records(document, "direct-marketing-disclosures")[0]["categories"], Is.EqualTo("name, postal address, email address"));
    }

    [Test]
    public async Task Contacts_export_shows_other_people_only_by_display_name_and_id()
    {
        var (_, document) = await ExportAliceAsync(StoreNames.Contacts);

        var list = Records(document, "contact-list");
        Assert.That(list.Select(r => (r["displayName"], r["contactAccountId"])),
            Is.EquivalentTo(new[] { ("Bob", DemoCustomers.Bob.AccountId), ("Chloé", DemoCustomers.Chloe.AccountId) }));
        Assert.That(list.SelectMany(r => r.Keys).Distinct(), Is.EquivalentTo(new[] { "displayName", "contactAccountId", "addedAtUtc" }));
        var inOthers = Records(document, "entries-in-others-lists");
        Assert.That(inOthers.Select(r => r["displayNameShown"]), Is.EqualTo(new[] { "Alice", "Alice" }));
        Assert.That(inOthers.SelectMany(r => r.Values), Has.None.Contains(DemoCustomers.Bob.AccountId), "whose lists these are is not shown");
    }

    [Test]
    public async Task Im_history_export_holds_alices_conversations_and_the_messages_she_wrote_or_received()
    {
        var (_, document) = await ExportAliceAsync(StoreNames.ImHistory);

        var conversations = Records(document, "conversations");
        Assert.That(conversations, Has.Count.EqualTo(3));
        Assert.That(conversations.Select(c => c["participantAccountIds"]), Has.All.Contains(Alice));
        var messages = Records(document, "messages");
        // Alice takes part in three chats of 4, 3 and 4 messages; the Bob–Chloé chat is not hers.
        Assert.That(messages, Has.Count.EqualTo(11));
        Assert.That(messages.Count(m => m["senderAccountId"] == Alice), Is.EqualTo(5));
        Assert.That(messages.Select(m => m["text"]), Has.None.EqualTo("Parfait, merci !"));
    }

    [Test]
    public async Task Directory_export_holds_the_profile_and_listing()
    {
        var (result, document) = await ExportAliceAsync(StoreNames.Directory);

        var profile = Records(document, "profile").Single();
        Assert.That((profile["email"], profile["phone"], profile["dateOfBirth"]), Is.EqualTo((DemoCustomers.Alice.Email, DemoCustomers.Alice.Phone, "1988-04-12")));
        Assert.That(Records(document, "search-listing").Single()["listed"], Is.EqualTo("yes"));
        Assert.That(result.Outcome.Counts, Is.EqualTo(new[] { new CategoryCount("profile", 1), new CategoryCount("search-listing", 1) }));
    }
}
