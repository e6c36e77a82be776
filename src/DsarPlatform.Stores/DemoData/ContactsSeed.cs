using DsarPlatform.Stores.Contacts;

namespace DsarPlatform.Stores.DemoData;

/// <summary>Every demo customer has the other two in their contact list.</summary>
internal static class ContactsSeed
{
    public static void Add(ContactsDbContext db, DateTime now)
    {
        foreach (var owner in DemoCustomers.All)
        {
            var list = new ContactList { OwnerAccountId = owner.AccountId, CreatedAtUtc = now.AddDays(-300) };
            foreach (var contact in DemoCustomers.All.Where(c => c != owner))
                list.Entries.Add(new ContactEntry
                {
                    OwnerAccountId = owner.AccountId,
                    ContactAccountId = contact.AccountId,
                    DisplayName = contact.DisplayName,
                    AddedAtUtc = now.AddDays(-250),
                });
            db.ContactLists.Add(list);
        }
    }
}
