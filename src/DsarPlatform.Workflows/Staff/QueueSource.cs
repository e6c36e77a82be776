using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Staff;

/// <summary>A request joined to its instance, with the facts the queue derives from other tables, so filters can name them.</summary>
sealed class QueueSource
{
    public required DsarRequest Request { get; init; }
    public required WorkflowInstance Instance { get; init; }
    public string? AssigneeEmail { get; init; }
    public bool OpenIncident { get; init; }
    public bool OpenNotice { get; init; }
    /// <summary>The requester answered a question and no agent has acted on the request since.</summary>
    public bool UnreadAnswer { get; init; }
}
