namespace DsarPlatform.Workflows.Verification;

/// <summary>Which <see cref="VerificationLevel"/> a piece of evidence reaches.</summary>
public static class VerificationRules
{
    public const int PointsForMatchedDataPoints = 2;
    public const int PointsForSignedDeclaration = 3;

    /// <summary>
    /// Any contradicted point caps the level at L1: an impostor guessing at facts is exactly who gets some
    /// wrong, and an honest typo costs only a retry.
    /// </summary>
    public static VerificationLevel Achieved(bool controlsEmailOnRecord, DataPointMatch match, bool signedDeclaration)
    {
        if (!controlsEmailOnRecord) return VerificationLevel.None;
        if (match.Mismatched.Count > 0 || match.MatchedCount < PointsForMatchedDataPoints) return VerificationLevel.EmailControl;
        if (match.MatchedCount >= PointsForSignedDeclaration && signedDeclaration) return VerificationLevel.SignedDeclaration;
        return VerificationLevel.MatchedDataPoints;
    }

    public static bool Satisfies(VerificationLevel achieved, VerificationLevel required) => achieved >= required;
}
