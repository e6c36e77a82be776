namespace DsarPlatform.Workflows.Drp;

/// <summary>The DRP 1.0 request states and reasons (section 3.02).</summary>
public static class DrpStates
{
    public const string Open = "open";
    public const string InProgress = "in_progress";
    public const string Fulfilled = "fulfilled";
    public const string Revoked = "revoked";
    public const string Denied = "denied";
    public const string Expired = "expired";

    public const string NeedUserVerification = "need_user_verification";
    public const string SuspectedFraud = "suspected_fraud";
    public const string InsufficientVerification = "insuf_verification";
    public const string NoMatch = "no_match";
    public const string ClaimNotCovered = "claim_not_covered";
    public const string OutsideJurisdiction = "outside_jurisdiction";
    public const string TooManyRequests = "too_many_requests";
    public const string Other = "other";

    public static bool IsFinal(string status) => status is Fulfilled or Revoked or Denied or Expired;
}
