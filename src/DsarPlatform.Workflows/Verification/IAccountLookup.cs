namespace DsarPlatform.Workflows.Verification;

/// <summary>Finds the account a request is about, by account ID or else by the email on record.</summary>
public interface IAccountLookup
{
    Task<AccountRecord?> FindAsync(string? accountId, string? email, CancellationToken cancellationToken);

    /// <summary>
    /// When neither account ID nor email matched: the one account the submitted details (full name and more,
    /// as typed) identify by <see cref="HolderIdentification"/>, or null when none or several do. Used only to
    /// tell that holder a request was made in their name, never to act on the request.
    /// </summary>
    Task<AccountRecord?> FindByDataPointsAsync(IReadOnlyDictionary<string, string> submitted, CancellationToken cancellationToken);
}
