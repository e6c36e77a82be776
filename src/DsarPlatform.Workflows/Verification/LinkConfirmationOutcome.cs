namespace DsarPlatform.Workflows.Verification;

public enum LinkConfirmationOutcome
{
    /// <summary>Unknown, used and expired links look alike.</summary>
    Unusable,
    /// <summary>Confirmed, and the details reached the level the request needs: the work goes on by itself.</summary>
    Verified,
    /// <summary>Confirmed, but the details fell short of the level: a person on the team decides.</summary>
    AwaitingAgent,
}
