namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// A task this store has finished, with the outcome it reported. Written in the same transaction
/// as the task's effect, so a redelivered task is answered from here instead of being redone.
/// </summary>
public class ProcessedTask
{
    public Guid TaskId { get; set; }
    public required string Action { get; set; }
    public required string OutcomeJson { get; set; }
    public DateTime ProcessedAtUtc { get; set; }
}
