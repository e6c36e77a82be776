namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// How an export explains one data category to the person it is about, in plain words: what it is,
/// why the company holds it and on what legal basis, who receives it, how long it is kept and where it
/// came from.
/// </summary>
public sealed record CategoryDescription(
    string Name,
    string Description,
    string Purpose,
    string LegalBasis,
    IReadOnlyList<string> Recipients,
    string Retention,
    string Source);
