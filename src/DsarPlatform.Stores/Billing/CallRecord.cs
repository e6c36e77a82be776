namespace DsarPlatform.Stores.Billing;

/// <summary>Traffic data for one call, kept to bill it.</summary>
public class CallRecord
{
    public Guid Id { get; set; }
    public required string AccountId { get; set; }
    /// <summary>E.164 number called.</summary>
    public required string CalleeNumber { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public int DurationSeconds { get; set; }
    public long CostCents { get; set; }
}
