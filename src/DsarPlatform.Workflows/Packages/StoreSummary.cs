namespace DsarPlatform.Workflows.Packages;

/// <summary>One export file as the report needs it: its store, categories and counts, but none of its records.</summary>
internal sealed class StoreSummary(string path)
{
    public string Path { get; } = path;
    public string Store { get; set; } = "";
    public DateTime? ExportedAtUtc { get; set; }
    public List<CategorySummary> Categories { get; } = [];
    public string EntryName { get; set; } = "";
}
