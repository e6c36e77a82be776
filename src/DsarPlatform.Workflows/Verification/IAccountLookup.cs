namespace DsarPlatform.Workflows.Verification;

/// <summary>Finds the account a request is about, by account ID or else by the email on record.</summary>
public interface IAccountLookup
{
    Task<AccountRecord?> FindAsync(string? accountId, string? email, CancellationToken cancellationToken);
}
