namespace DsarPlatform.Contracts;

/// <summary>
/// The format of a store's export file. Each category says what it is, why and on what basis the
/// company holds it, who receives it, how long it is kept and where it came from (GDPR Art. 15),
/// followed by its records as flat name → value maps (so every category also becomes a CSV table).
/// </summary>
public sealed record ExportDocument(string Store, string AccountId, DateTime ExportedAtUtc, IReadOnlyList<ExportCategory> Categories);
