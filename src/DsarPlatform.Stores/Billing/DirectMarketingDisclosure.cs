namespace DsarPlatform.Stores.Billing;

/// <summary>
/// One row of the disclosures register: on a day, these categories of the customer's personal information went to a
/// third party for that party's own direct marketing. Kept to answer "Shine the Light" requests (California Civil Code
/// 1798.83); it is the customer's personal data too, so it is exported with the rest and erased with the account.
/// </summary>
public class DirectMarketingDisclosure
{
    public Guid Id { get; set; }
    public required string AccountId { get; set; }
    public DateOnly DisclosedOn { get; set; }
    /// <summary>The categories disclosed, in the customer's words, separated by <see cref="Separator"/>: "name; postal address".</summary>
    public required string Categories { get; set; }
    public required string ThirdPartyName { get; set; }
    public required string ThirdPartyAddress { get; set; }

    public const char Separator = ';';

    public IReadOnlyList<string> CategoryList() =>
        Categories.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
