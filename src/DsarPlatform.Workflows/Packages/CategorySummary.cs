namespace DsarPlatform.Workflows.Packages;

/// <summary>What the report says about one category, and the CSV columns (every key any record used, in first-seen order).</summary>
internal sealed class CategorySummary
{
    readonly Dictionary<string, int> _columnIndex = new(StringComparer.Ordinal);
    readonly List<string> _columns = [];

    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public List<string> Recipients { get; } = [];
    public string Retention { get; set; } = "";
    public string Source { get; set; } = "";
    public long RecordCount { get; set; }
    public string EntryName { get; set; } = "";
    public IReadOnlyList<string> Columns => _columns;

    public void AddColumn(ReadOnlySpan<char> key)
    {
        var lookup = _columnIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.ContainsKey(key)) return;
        var name = key.ToString();
        _columnIndex[name] = _columns.Count;
        _columns.Add(name);
    }

    public bool TryGetColumn(ReadOnlySpan<char> key, out int index) =>
        _columnIndex.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out index);
}
