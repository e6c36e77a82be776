namespace DsarPlatform.Contracts;

/// <summary>The personal fields a correction may name; each store holds some of them.</summary>
public static class SubjectFields
{
    public const string FullName = "fullName";
    public const string DisplayName = "displayName";
    public const string Phone = "phone";
    public const string PostalAddress = "postalAddress";
    public const string PostalCode = "postalCode";
    public const string City = "city";
    public const string Country = "country";
    public const string DateOfBirth = "dateOfBirth";

    public static readonly IReadOnlyList<string> All = [FullName, DisplayName, Phone, PostalAddress, PostalCode, City, Country, DateOfBirth];
}
