using DsarPlatform.Contracts;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Stores.Contacts;

/// <summary>
/// Erases the person's own contact list and removes them from everyone else's lists. Nothing
/// here is kept by law.
/// </summary>
public sealed class ContactsEraseConsumer(ContactsDbContext db, TimeProvider clock, ILogger<ContactsEraseConsumer> logger)
    : StoreTaskConsumer<EraseSubjectData, ContactsDbContext>(db, clock, logger)
{
    protected override string StoreName => StoreNames.Contacts;
    protected override string Action => StoreActions.Erase;

    protected override async Task<StoreTaskOutcome> ExecuteAsync(EraseSubjectData command, CancellationToken cancellationToken)
    {
        var accountId = command.AccountId;
        // Counted as entries: the list itself holds nothing but them.
        var ownEntries = await Db.ContactEntries.Where(e => e.OwnerAccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        await Db.ContactLists.Where(l => l.OwnerAccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        var inOthers = await Db.ContactEntries.Where(e => e.ContactAccountId == accountId).ExecuteDeleteAsync(cancellationToken);

        return new StoreTaskOutcome(
            [new("contact-list", ownEntries), new("entries-in-others-lists", inOthers)],
            []);
    }
}
