namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// A bus message committed with the state change that caused it; the relay sends it afterwards. A sent row stays as the
/// record of the send (type, queue, times, attempts) without its body: the body names the subject (account, sealed
/// values), and once the broker confirmed it nothing reads it again, so it would outlive the request's own shedding.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string MessageType { get; init; }
    public required string Destination { get; init; }
    public required string Body { get; set; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? SentAtUtc { get; set; }
    public int Attempts { get; set; }
    /// <summary>The W3C traceparent of the unit of work that wrote the row, so the relay's send continues its trace; null untraced.</summary>
    public string? TraceParent { get; init; }
}
