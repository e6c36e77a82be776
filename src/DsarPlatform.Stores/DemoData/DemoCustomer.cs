namespace DsarPlatform.Stores.DemoData;

/// <summary>A made-up customer present in every reference store in Development.</summary>
public sealed record DemoCustomer(
    string AccountId,
    string Email,
    string FullName,
    string DisplayName,
    string Phone,
    string Country,
    string PostalCode,
    string City,
    string StreetAddress,
    DateOnly DateOfBirth,
    string CardBrand,
    string CardLastFour);
