namespace DsarPlatform.Stores.Contacts;

/// <summary>One account's address book.</summary>
public class ContactList
{
    public required string OwnerAccountId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public List<ContactEntry> Entries { get; set; } = [];
}
