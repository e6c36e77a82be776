namespace DsarPlatform.Contracts;

/// <summary>One data category of an export: its description for a non-expert, and its records.</summary>
public sealed record ExportCategory(
    string Name,
    string Description,
    string Purpose,
    string LegalBasis,
    IReadOnlyList<string> Recipients,
    string Retention,
    string Source,
    IReadOnlyList<IReadOnlyDictionary<string, string?>> Records);
