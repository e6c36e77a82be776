namespace DsarPlatform.Stores.Billing;

/// <summary>
/// A stored means of payment: the processor's token and the last four digits shown to the
/// customer. The card number itself is never stored here.
/// </summary>
public class PaymentInstrument
{
    public Guid Id { get; set; }
    public required string AccountId { get; set; }
    public required string Token { get; set; }
    public required string LastFour { get; set; }
    public required string Brand { get; set; }
    public int ExpiryMonth { get; set; }
    public int ExpiryYear { get; set; }
    public DateTime AddedAtUtc { get; set; }
    /// <summary>Set when an erasure had to keep this instrument, with why and until when.</summary>
    public string? RetentionBasis { get; set; }
    public DateTime? RetainUntilUtc { get; set; }
}
