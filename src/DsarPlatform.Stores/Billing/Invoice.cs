namespace DsarPlatform.Stores.Billing;

/// <summary>An issued invoice. Tax law requires keeping it, so erasure marks it retained instead of deleting it.</summary>
public class Invoice
{
    public Guid Id { get; set; }
    public required string AccountId { get; set; }
    public required string Number { get; set; }
    public DateTime IssuedAtUtc { get; set; }
    public long AmountCents { get; set; }
    public required string Currency { get; set; }
    public string? RetentionBasis { get; set; }
    public DateTime? RetainUntilUtc { get; set; }
}
