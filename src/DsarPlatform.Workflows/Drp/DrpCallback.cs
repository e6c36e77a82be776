namespace DsarPlatform.Workflows.Drp;

/// <summary>
/// A status callback owed to an agent, queued in the transaction that changed the status and sent by
/// the callback sender until the agent answers 200. At most one is pending per DRP request: a newer change
/// re-arms it, and the body sent is always the request's current status.
/// </summary>
public sealed class DrpCallback
{
    /// <summary>The step name of the incident raised when callbacks keep failing; resolving it does not move the workflow.</summary>
    public const string IncidentStep = "drp-status-callback";

    public long Id { get; init; }
    public Guid DrpRequestId { get; init; }
    /// <summary>The status it announces (e.g. <c>in_progress</c> or <c>denied/no_match</c>), for the record.</summary>
    public required string Status { get; set; }
    public DateTime? NextAttemptAtUtc { get; set; }
    public int Attempts { get; set; }
    /// <summary>The last failure: an HTTP status code or an exception type, never a body.</summary>
    public string? LastFailure { get; set; }
    public DateTime? DeliveredAtUtc { get; set; }
    /// <summary>An incident was raised for it (once), after too many failed attempts.</summary>
    public bool IncidentRaised { get; set; }
}
