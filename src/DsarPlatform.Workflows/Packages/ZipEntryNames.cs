namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// Entry names come from store and category names inside export files; they are reduced to a safe set of
/// characters so that no name can climb out of the folder the person extracts the ZIP into, and made unique.
/// </summary>
internal sealed class ZipEntryNames
{
    const int MaxLength = 64;
    readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Claim(string? raw, string fallback)
    {
        var name = Clean(raw) is { Length: > 0 } clean ? clean : fallback;
        var candidate = name;
        for (var n = 2; !_used.Add(candidate); n++) candidate = $"{name}-{n}";
        return candidate;
    }

    static string Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return "";
        var chars = raw.Trim().Take(MaxLength)
            .Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')
            .ToArray();
        return new string(chars).Trim('-');
    }
}
