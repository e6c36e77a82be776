namespace DsarPlatform.Workflows.Drp;

/// <summary>
/// A data rights request an authorized agent made (its DRP <c>request_id</c> is <see cref="Id"/>), linked to the
/// request our workflow runs (<see cref="RequestId"/>), or standing alone when no workflow runs (an opt-out of sale,
/// a right not covered). Its last DRP status is kept here, updated in the same transaction as the change that caused
/// it (<see cref="DrpStatusTracker"/>), so a change is noticed once and its callback queued with it.
/// </summary>
public sealed class DrpRequest
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string AgentId { get; init; }
    public Guid? RequestId { get; init; }
    /// <summary>The agent's own id for it (<c>agent-request-id</c>), echoed back.</summary>
    public string? AgentRequestId { get; init; }
    public required string Exercise { get; init; }
    public string? Regime { get; init; }
    /// <summary>Where status changes are posted; already checked against the agent's callback host.</summary>
    public string? StatusCallback { get; init; }
    public DateTime ReceivedAtUtc { get; init; }
    public required string Status { get; set; }
    public string? Reason { get; set; }
    public DateTime? ExpectedByUtc { get; set; }
    /// <summary>For a request with no workflow: what the status says (a fixed text, never personal data).</summary>
    public string? Details { get; set; }
    /// <summary>What the last status said, to compare the next with (status, reason, due date, extension).</summary>
    public string StatusKey { get; set; } = "";
}
