using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Stores.DemoData;
using DsarPlatform.Stores.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Stores;

/// <summary>A field read: each store answers the fields it holds, sealed; it changes nothing; a redelivery answers the first read.</summary>
[TestFixture, CancelAfter(60_000)]
public class ReadFieldsTests
{
    static readonly string Alice = DemoCustomers.Alice.AccountId;
    static readonly string[] Asked = [SubjectFields.FullName, SubjectFields.PostalAddress, SubjectFields.City, SubjectFields.DisplayName, SubjectFields.DateOfBirth];
    StoreTestHost host = null!;

    [SetUp]
    public async Task StartStores() => host = await StoreTestHost.StartAsync();

    [TearDown]
    public async Task StopStores() => await host.DisposeAsync();

    static ReadSubjectFields ReadAlice(params string[] fields) => new(Guid.NewGuid(), Guid.NewGuid(), Alice, fields);

    async Task<(StoreTaskCompleted Result, List<FieldValue> Values)> ReadAsync(string store, ReadSubjectFields task)
    {
        var result = await host.RunAsync(store, task);
        await using var scope = host.Scope();
        var seal = scope.ServiceProvider.GetRequiredService<PayloadSeal>();
        return (result, JsonSerializer.Deserialize<List<FieldValue>>(seal.Open(result.Outcome.SealedFields!), JsonSerializerOptions.Web)!);
    }

    [Test]
    public async Task Each_store_answers_the_current_values_of_the_fields_it_holds_and_only_those()
    {
        var (directory, directoryValues) = await ReadAsync(StoreNames.Directory, ReadAlice(Asked));
        var (_, billingValues) = await ReadAsync(StoreNames.Billing, ReadAlice(Asked));
        var (_, contactsValues) = await ReadAsync(StoreNames.Contacts, ReadAlice(Asked));
        var (_, imValues) = await ReadAsync(StoreNames.ImHistory, ReadAlice(Asked));

        Assert.That(directoryValues, Is.EqualTo(new FieldValue[]
        {
            new(SubjectFields.FullName, "Alice Example"), new(SubjectFields.City, "San Francisco"),
            new(SubjectFields.DisplayName, "Alice"), new(SubjectFields.DateOfBirth, "1988-04-12"),
        }));
        Assert.That(billingValues, Is.EqualTo(new FieldValue[] { new(SubjectFields.FullName, "Alice Example"), new(SubjectFields.PostalAddress, "101 Mission Street, Apt 4B, San Francisco") }));
        Assert.That(contactsValues, Is.EqualTo(new FieldValue[] { new(SubjectFields.DisplayName, "Alice") }), "what the others' lists call her, once");
        Assert.That(imValues, Is.Empty, "a store holding none of the fields answers with none (the SDK's default)");
        Assert.That((directory.Action, directory.Outcome.Counts.Count), Is.EqualTo((StoreActions.ReadFields, 4)));
        Assert.That(JsonSerializer.Serialize(directory), Does.Not.Contain("San Francisco"), "the message carries the values sealed");
    }

    [Test]
    public async Task A_field_held_without_a_value_is_answered_empty()
    {
        await using (var scope = host.Scope())
            await host.Db<DirectoryDbContext>(scope).Profiles.Where(p => p.AccountId == Alice).ExecuteUpdateAsync(s => s.SetProperty(p => p.City, (string?)null));

        var (result, values) = await ReadAsync(StoreNames.Directory, ReadAlice(SubjectFields.City));

        Assert.That(values, Is.EqualTo(new[] { new FieldValue(SubjectFields.City, null) }));
        Assert.That(result.Outcome.Counts, Is.EqualTo(new[] { new CategoryCount("field:city", 0) }));
    }

    [Test]
    public async Task A_redelivered_read_answers_what_was_first_read()
    {
        var task = ReadAlice(SubjectFields.City);
        var first = await host.RunAsync(StoreNames.Directory, task);
        await using (var scope = host.Scope())
            await host.Db<DirectoryDbContext>(scope).Profiles.Where(p => p.AccountId == Alice).ExecuteUpdateAsync(s => s.SetProperty(p => p.City, "Oakland"));

        var second = await host.RunAsync(StoreNames.Directory, task);

        Assert.That(JsonSerializer.Serialize(second), Is.EqualTo(JsonSerializer.Serialize(first)));
        await using var after = host.Scope();
        Assert.That((await host.Db<DirectoryDbContext>(after).Profiles.SingleAsync(p => p.AccountId == Alice)).City, Is.EqualTo("Oakland"), "a read changes nothing");
    }
}
