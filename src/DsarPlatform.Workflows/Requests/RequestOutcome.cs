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
    /// <summary>An appeal whose agent upheld the denial: the denied request stays closed.</summary>
    Upheld,
    /// <summary>An appeal whose agent reversed the denial: the denied request was reopened.</summary>
    Reversed,
    /// <summary>
    /// A request answered at most once per calendar year (disclosures for direct marketing) already had its answer this
    /// year: closed with a reply naming the date of that answer, nothing asked of the stores.
    /// </summary>
    AnsweredEarlierThisYear,
    /// <summary>Withdrawn before it was answered (an authorized agent revoked it over DRP): closed, nothing more done.</summary>
    Withdrawn,
}
