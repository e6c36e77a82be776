namespace DsarPlatform.Stores.Contacts;

/// <summary>
/// A person in someone's contact list, pointing at that person's account. The display name is
/// what the owner chose to call them, which is still personal data of the contact.
/// </summary>
public class ContactEntry
{
    public Guid Id { get; set; }
    public required string OwnerAccountId { get; set; }
    public required string ContactAccountId { get; set; }
    public required string DisplayName { get; set; }
    public DateTime AddedAtUtc { get; set; }
}
