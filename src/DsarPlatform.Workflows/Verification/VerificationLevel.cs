namespace DsarPlatform.Workflows.Verification;

/// <summary>How sure we are that the requester is the account holder; each level includes the one below.</summary>
public enum VerificationLevel
{
    None = 0,
    /// <summary>L1: the requester controls the email on record (link or code).</summary>
    EmailControl = 1,
    /// <summary>L2: L1 and two data points matching the record, none contradicting it.</summary>
    MatchedDataPoints = 2,
    /// <summary>L3: L2 with a third matching point and a signed declaration of identity.</summary>
    SignedDeclaration = 3,
}
