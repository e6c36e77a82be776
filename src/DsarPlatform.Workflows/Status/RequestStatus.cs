namespace DsarPlatform.Workflows.Status;

/// <summary>
/// A request as its requester may see it, in plain words: never staff ids, internal codes or anyone's
/// personal data beyond the question asked of the requester and their own answer. <see cref="ReceiptConfirmedOn"/>: the
/// local date the receipt confirmation went out, when the rules asked for one.
/// </summary>
public sealed record RequestStatus(
    Guid RequestId,
    string Reference,
    string Kind,
    string Stage,
    string? WaitingFor,
    string DueDate,
    bool ClockPaused,
    string? Outcome,
    string? Question,
    bool AwaitsAnswer,
    IReadOnlyList<StatusHistoryLine> History,
    /// <summary>The rules the request follows, in words: "California (CCPA): we answer within 45 days, by 15 January 2027".</summary>
    string Rules,
    string? ReceiptConfirmedOn = null);
