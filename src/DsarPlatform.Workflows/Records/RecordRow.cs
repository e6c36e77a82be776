using DsarPlatform.Workflows.Requests;

namespace DsarPlatform.Workflows.Records;

/// <summary>
/// The record kept of one request (CCPA §7101): when and how it came, how identity was proved, when and how it was
/// answered, the ground of a denial, the extension, and the days the answer took. Ids and codes, never personal data.
/// </summary>
public sealed record RecordRow
{
    public required string Reference { get; init; }
    public DateTime ReceivedAtUtc { get; init; }
    public RequestType Type { get; init; }
    public required string Channel { get; init; }
    /// <summary>How identity was proved: <see cref="RecordWords.EmailLink"/>, <see cref="RecordWords.Agent"/>, or <see cref="RecordWords.NotVerified"/>.</summary>
    public required string Verified { get; init; }
    /// <summary>When the answer (reply, denial or note of joining) was sent to the requester; the closing if none was.</summary>
    public DateTime? ResponseAtUtc { get; init; }
    /// <summary>fulfilled, partially-fulfilled, refused, denied, linked-to-open-request, answered-earlier-this-year; empty while open.</summary>
    public required string ResponseKind { get; init; }
    public string? DenialCode { get; init; }
    public bool Extended { get; init; }
    /// <summary>The days the extension added; null when not extended (or extended before the days were recorded).</summary>
    public int? ExtendedByDays { get; init; }
    /// <summary>Calendar days from receipt to the answer, in the definition's time zone; null before the answer.</summary>
    public int? DaysTaken { get; init; }
    public DateTime DueAtUtc { get; init; }
    public DateTime? ClosedAtUtc { get; init; }
    /// <summary>Calendar days from receipt to closing, in the definition's time zone; null while open.</summary>
    public int? DaysToClose { get; init; }

    public bool OnTime => ResponseAtUtc is { } answered && answered <= DueAtUtc;
}
