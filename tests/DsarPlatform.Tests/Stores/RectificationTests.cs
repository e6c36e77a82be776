using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.DemoData;
using DsarPlatform.Stores.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Stores;

[TestFixture, CancelAfter(60_000)]
public class RectificationTests
{
    static readonly string Alice = DemoCustomers.Alice.AccountId;
    StoreTestHost host = null!;

    [SetUp]
    public async Task StartStores() => host = await StoreTestHost.StartAsync();

    [TearDown]
    public async Task StopStores() => await host.DisposeAsync();

    RectifySubjectData RectifyAlice(params FieldChange[] changes) => host.Rectify(Alice, changes);

    static readonly FieldChange[] Corrections =
    [
        new(SubjectFields.FullName, "Alice Corrected"),
        new(SubjectFields.DisplayName, "Ali"),
        new(SubjectFields.Phone, "+1 555 555 0199"),
        new(SubjectFields.DateOfBirth, "1988-05-12"),
        new(SubjectFields.PostalAddress, "1 Market Street"),
    ];

    [Test]
    public async Task The_directory_applies_the_fields_it_holds_and_counts_each()
    {
        var result = await host.RunAsync(StoreNames.Directory, RectifyAlice(Corrections));

        await using var scope = host.Scope();
        var profile = await host.Db<DirectoryDbContext>(scope).Profiles.SingleAsync(p => p.AccountId == Alice);
        Assert.That((profile.FullName, profile.DisplayName, profile.Phone, profile.DateOfBirth),
            Is.EqualTo(("Alice Corrected", "Ali", "+15555550199", (DateOnly?)new DateOnly(1988, 5, 12))));
        Assert.That(result.Outcome.Counts, Is.EquivalentTo(new[]
        {
            new CategoryCount("field:fullName", 1), new CategoryCount("field:displayName", 1),
            new CategoryCount("field:phone", 1), new CategoryCount("field:dateOfBirth", 1),
        }));
        Assert.That(result.Action, Is.EqualTo(StoreActions.Rectify));
    }

    [Test]
    public async Task Billing_applies_name_and_address_and_ignores_the_rest()
    {
        var result = await host.RunAsync(StoreNames.Billing, RectifyAlice(Corrections));

        await using var scope = host.Scope();
        var account = await host.Db<BillingDbContext>(scope).Accounts.SingleAsync(a => a.AccountId == Alice);
        Assert.That((account.FullName, account.PostalAddress), Is.EqualTo(("Alice Corrected", "1 Market Street")));
        Assert.That(result.Outcome.Counts, Is.EquivalentTo(new[] { new CategoryCount("field:fullName", 1), new CategoryCount("field:postalAddress", 1) }));
    }

    [Test]
    public async Task Contacts_change_the_name_others_see_and_im_history_changes_nothing()
    {
        var contacts = await host.RunAsync(StoreNames.Contacts, RectifyAlice(Corrections));
        var im = await host.RunAsync(StoreNames.ImHistory, RectifyAlice(Corrections));

        await using var scope = host.Scope();
        var shown = await host.Db<ContactsDbContext>(scope).ContactEntries.Where(e => e.ContactAccountId == Alice).Select(e => e.DisplayName).ToListAsync();
        Assert.That(shown, Is.EqualTo(new[] { "Ali", "Ali" }));
        Assert.That(contacts.Outcome.Counts, Is.EqualTo(new[] { new CategoryCount("field:displayName", 2) }));
        Assert.That(im.Outcome.Counts, Is.Empty);
    }

    [Test]
    public async Task The_same_rectification_delivered_three_times_has_one_effect()
    {
        var task = RectifyAlice(new FieldChange(SubjectFields.City, "Oakland"));

        var first = await host.RunAsync(StoreNames.Directory, task);
        // Someone edits the profile in between: a second effect would overwrite this edit.
        await using (var scope = host.Scope())
        {
            var db = host.Db<DirectoryDbContext>(scope);
            (await db.Profiles.SingleAsync(p => p.AccountId == Alice)).City = "Berkeley";
            await db.SaveChangesAsync();
        }
        var second = await host.RunAsync(StoreNames.Directory, task);
        var third = await host.RunAsync(StoreNames.Directory, task);

        Assert.That(JsonSerializer.Serialize(second), Is.EqualTo(JsonSerializer.Serialize(first)));
        Assert.That(JsonSerializer.Serialize(third), Is.EqualTo(JsonSerializer.Serialize(first)));
        await using var after = host.Scope();
        Assert.That((await host.Db<DirectoryDbContext>(after).Profiles.SingleAsync(p => p.AccountId == Alice)).City, Is.EqualTo("Berkeley"));
    }

    [Test]
    public async Task A_bad_date_fails_the_task_naming_the_field_not_the_value_and_changes_nothing()
    {
        var task = RectifyAlice(new FieldChange(SubjectFields.FullName, "Alice Corrected"), new FieldChange(SubjectFields.DateOfBirth, "31/02/1988"));

        var failed = await host.RunExpectingFailureAsync(StoreNames.Directory, task);

        Assert.That(failed.Reason, Does.Contain(SubjectFields.DateOfBirth).And.Not.Contain("31/02"));
        Assert.That((failed.Store, failed.Action), Is.EqualTo((StoreNames.Directory, StoreActions.Rectify)));
        await using var scope = host.Scope();
        var profile = await host.Db<DirectoryDbContext>(scope).Profiles.SingleAsync(p => p.AccountId == Alice);
        Assert.That(profile.FullName, Is.EqualTo(DemoCustomers.Alice.FullName));
    }

    [Test]
    public async Task Changes_sealed_with_another_key_fail_the_task()
    {
        var other = new PayloadSeal(new byte[32]);
        var task = new RectifySubjectData(Guid.NewGuid(), Guid.NewGuid(), Alice, other.Seal("[]"));

        var failed = await host.RunExpectingFailureAsync(StoreNames.Billing, task);

        Assert.That(failed.Reason, Does.Contain("could not be opened"));
    }
}
