namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// The one list of request types and their keys ("access", "correction", "deletion", "disclosures"): the word used in the API,
/// the definitions' <c>requestType</c> and the template file names. Every other list of types is built from here.
/// </summary>
public static class RequestTypes
{
    public static IReadOnlyList<RequestType> All { get; } = Enum.GetValues<RequestType>();

    public static IReadOnlyList<string> Keys { get; } = All.Select(Key).ToArray();

    public static string Key(this RequestType type) => type.ToString().ToLowerInvariant();

    /// <summary>A key as typed (any case, surrounding spaces allowed); numbers and unknown words are refused.</summary>
    public static bool TryParse(string? key, out RequestType type)
    {
        var trimmed = key?.Trim();
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Key(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }

    /// <summary>"access, correction, deletion or disclosures": the keys as a sentence lists them.</summary>
    public static string Listed() => Keys.Count == 1 ? Keys[0] : $"{string.Join(", ", Keys.Take(Keys.Count - 1))} or {Keys[^1]}";
}
