namespace DsarPlatform.Workflows.Requests;

public enum RequestOutcome
{
    Fulfilled,
    Denied,
    /// <summary>Made while a request of the same type for the same account was open: joined to that one and closed.</summary>
    LinkedToOpenRequest,
}
