namespace DsarPlatform.Workflows.Requests;

public enum RequestOutcome
{
    Fulfilled,
    Denied,
    /// <summary>Made while a request of the same type for the same account was open: joined to that one and closed.</summary>
    LinkedToOpenRequest,
    /// <summary>The confirmation link sent to the email on record expired unused: closed by itself, nothing done.</summary>
    NotConfirmed,
    /// <summary>No account matched and no agent can act on it: closed by itself after the confirmation period.</summary>
    NoMatchingAccount,
    /// <summary>Withdrawn before it was answered (an authorized agent revoked it over DRP): closed, nothing more done.</summary>
    Withdrawn,
}
