namespace DsarPlatform.Workflows.Drp;

/// <summary>The rights actions of DRP 1.0 (section 3.01) and what we do with each.</summary>
public static class DrpExercises
{
    public const string Access = "access";
    public const string Deletion = "deletion";
    public const string SaleOptOut = "sale:opt-out";

    /// <summary>Known to the protocol but not offered here: answered <c>denied/claim_not_covered</c>.</summary>
    public static readonly IReadOnlyList<string> NotCovered = ["sale:opt-in", "access:categories", "access:specific"];

    public static bool IsKnown(string? exercise) =>
        exercise is Access or Deletion or SaleOptOut || NotCovered.Contains(exercise);
}
