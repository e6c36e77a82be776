namespace DsarPlatform.Contracts;

/// <summary>
/// What a store is asked to identify (sealed inside <see cref="IdentifyAccount"/>). The directory finds the
/// account by <see cref="AccountId"/>, else by <see cref="Email"/> on record, else lists the profiles whose name
/// contains one of <see cref="NameWords"/>; billing answers for the <see cref="AccountIds"/> the directory found.
/// </summary>
public sealed record AccountQuery(
    string? AccountId, string? Email, IReadOnlyList<string>? NameWords = null, IReadOnlyList<string>? AccountIds = null);
