namespace DsarPlatform.Contracts;

/// <summary>
/// One account as a store holds it, sealed in an <see cref="IdentifyAccount"/> outcome. <see cref="Primary"/>:
/// found by the account ID or email the requester gave (not merely by name). <see cref="Email"/> is the email
/// on record (the directory's); <see cref="DataPoints"/> are the values to match the requester's details with
/// (fullName, phone, country, postalCode, dateOfBirth, cardLastFour, …).
/// </summary>
public sealed record AccountOnRecord(string AccountId, bool Primary, string? Email, IReadOnlyDictionary<string, string> DataPoints);
