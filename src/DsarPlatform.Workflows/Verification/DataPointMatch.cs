namespace DsarPlatform.Workflows.Verification;

/// <summary>
/// The outcome of comparing submitted data points with the record. Points the record lacks, or the
/// requester left empty, are in neither list: they prove nothing either way.
/// </summary>
public sealed record DataPointMatch(IReadOnlyList<string> Matched, IReadOnlyList<string> Mismatched)
{
    public int MatchedCount => Matched.Count;
}
