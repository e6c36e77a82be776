namespace DsarPlatform.Stores.Billing;

/// <summary>A purchase (subscription, credit top-up). An open order still needs its payment instrument.</summary>
public class Order
{
    public Guid Id { get; set; }
    public required string AccountId { get; set; }
    public required string Description { get; set; }
    public long AmountCents { get; set; }
    public required string Currency { get; set; }
    public OrderStatus Status { get; set; }
    public DateTime PlacedAtUtc { get; set; }
    public string? RetentionBasis { get; set; }
    public DateTime? RetainUntilUtc { get; set; }
}
