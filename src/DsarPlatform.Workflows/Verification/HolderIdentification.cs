namespace DsarPlatform.Workflows.Verification;

/// <summary>
/// When does a request that matched no account by ID or email still point at one person? When the full name
/// and at least one more point match the record, none contradicts it, and no other account fits as well.
/// Being wrong here only sends a harmless notice to a real account holder, but being vague would turn the
/// notice into spam, so the rule is strict.
/// </summary>
public static class HolderIdentification
{
    public const string NameField = "fullName";
    public const int MinimumMatchedPoints = 2;

    /// <summary>
    /// A name as matching compares it (case, accents, punctuation and word order ignored); lookups use it to find
    /// candidates, whose words are its space-separated parts.
    /// </summary>
    public static string NameKey(string name) => Normaliser.Name(name);

    /// <summary>The single candidate the submitted details identify, or null.</summary>
    public static AccountRecord? Unique(IEnumerable<AccountRecord> candidates, IReadOnlyDictionary<string, string> submitted)
    {
        var fitting = candidates.Where(c => Identifies(DataPointMatcher.Match(submitted, c.DataPoints))).Take(2).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>The name matches and nothing contradicts: other points still to come (billing's) may make it identify.</summary>
    public static bool MayIdentify(DataPointMatch match) =>
        match.Matched.Contains(NameField, StringComparer.OrdinalIgnoreCase) && match.Mismatched.Count == 0;

    public static bool Identifies(DataPointMatch match) =>
        match.Matched.Contains(NameField, StringComparer.OrdinalIgnoreCase)
        && match.MatchedCount >= MinimumMatchedPoints
        && match.Mismatched.Count == 0;
}
