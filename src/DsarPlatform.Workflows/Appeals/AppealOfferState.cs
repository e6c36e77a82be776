namespace DsarPlatform.Workflows.Appeals;

public enum AppealOfferState
{
    /// <summary>The requester may appeal now.</summary>
    Open,
    /// <summary>The window ran out without an appeal.</summary>
    WindowClosed,
    /// <summary>An appeal was filed and waits for an agent's decision.</summary>
    Filed,
    /// <summary>The appeal was decided.</summary>
    Decided,
}
