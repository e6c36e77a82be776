namespace DsarPlatform.Workflows.Records;

/// <summary>The words the records report and the metrics use for how a request was verified and answered.</summary>
public static class RecordWords
{
    public const string EmailLink = "email-link";
    public const string Agent = "agent";
    public const string NotVerified = "no";

    public const string Fulfilled = "fulfilled";
    public const string PartiallyFulfilled = "partially-fulfilled";
    public const string Refused = "refused";
    public const string Denied = "denied";
    public const string LinkedToOpenRequest = "linked-to-open-request";
    /// <summary>An appeal's answers: the denial stands, or was reversed.</summary>
    public const string Upheld = "upheld";
    public const string Reversed = "reversed";
    public const string AnsweredEarlierThisYear = "answered-earlier-this-year";
    /// <summary>Withdrawn before it was answered (an authorized agent revoked it).</summary>
    public const string Withdrawn = "withdrawn";
    public const string Open = "";
}
