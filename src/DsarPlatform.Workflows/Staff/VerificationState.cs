namespace DsarPlatform.Workflows.Staff;

/// <summary>How far a request's identity is proven, as the queue shows it.</summary>
public enum VerificationState
{
    /// <summary>Not yet proven (the requester has not confirmed the link, or the first step has not run).</summary>
    Unverified,
    /// <summary>Email control proven but the details fell short of the type's level: an agent must verify by hand.</summary>
    ShortOfLevel,
    Verified,
}
