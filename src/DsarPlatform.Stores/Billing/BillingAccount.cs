namespace DsarPlatform.Stores.Billing;

/// <summary>
/// The billing side of a customer account. The contact fields are emptied on erasure; the row
/// stays because retained invoices point at it.
/// </summary>
public class BillingAccount
{
    public required string AccountId { get; set; }
    public string? FullName { get; set; }
    public string? BillingEmail { get; set; }
    public string? PostalAddress { get; set; }
    public string? PostalCode { get; set; }
    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string? Country { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ErasedAtUtc { get; set; }
}
