namespace DsarPlatform.Stores.Directory;

/// <summary>
/// A customer's directory profile. <see cref="Email"/> is the email on record: the only address
/// identity-verification links may go to. Personal fields are emptied on erasure.
/// </summary>
public class DirectoryProfile
{
    public required string AccountId { get; set; }
    public string? DisplayName { get; set; }
    public string? FullName { get; set; }
    public string? Email { get; set; }
    /// <summary>E.164 phone number.</summary>
    public string? Phone { get; set; }
    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string? Country { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ErasedAtUtc { get; set; }
}
