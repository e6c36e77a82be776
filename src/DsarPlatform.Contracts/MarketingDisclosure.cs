namespace DsarPlatform.Contracts;

/// <summary>
/// One disclosure for direct marketing, as a <see cref="ListDisclosures"/> answer carries it (sealed): the day, the
/// categories of personal information disclosed and the third party's name and postal address.
/// </summary>
public sealed record MarketingDisclosure(DateOnly DisclosedOn, IReadOnlyList<string> Categories, string ThirdPartyName, string ThirdPartyAddress);
