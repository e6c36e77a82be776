namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// One data-subject request as received. Mail only ever goes to <see cref="RecordEmail"/>, the email
/// on record of the matched account; the email typed into the form is kept for the record, never used.
/// </summary>
public sealed class DsarRequest
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Reference { get; init; }
    public RequestType Type { get; init; }
    public required string Channel { get; init; }
    public string? AccountId { get; init; }
    public string? RecordEmail { get; init; }
    public required string SubmittedEmail { get; init; }
    public required string SubmittedName { get; init; }
    public string DataPointsJson { get; init; } = "{}";
    public DateTime ReceivedAtUtc { get; init; }
    public DateTime DueAtUtc { get; set; }
    public DateTime? VerifiedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }

    /// <summary>
    /// Intake found that the account had its daily allowance of verification emails (<see cref="IntakeThrottle"/>):
    /// the request is kept, but no verification email may be sent for it.
    /// </summary>
    public bool Throttled { get; init; }
}
