namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// One data-subject request as received. Mail only ever goes to <see cref="RecordEmail"/>, the email
/// on record of the matched account; the email typed into the form is kept for the record, never used.
/// Intake records what was typed; the account fields are filled by the workflow's first step, after the answer.
/// </summary>
public sealed class DsarRequest
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Reference { get; init; }
    public RequestType Type { get; init; }
    public required string Channel { get; init; }
    /// <summary>The account the first step matched (by the typed account ID, else the email on record); null when none.</summary>
    public string? AccountId { get; set; }
    public string? RecordEmail { get; set; }
    /// <summary>The account ID as typed, if any; only a lookup key, never trusted as the request's account.</summary>
    public string? SubmittedAccountId { get; init; }
    public required string SubmittedEmail { get; init; }
    public required string SubmittedName { get; init; }
    public string DataPointsJson { get; init; } = "{}";
    /// <summary>Names (never values) of the submitted data points that matched, and that contradicted, the record.</summary>
    public string MatchedDataPoints { get; set; } = "";
    public string MismatchedDataPoints { get; set; } = "";
    /// <summary>The requester signed the declaration that they are the person concerned (needed for level 3).</summary>
    public bool SignedDeclaration { get; init; }
    /// <summary>The regime (<c>workflows/regimes.json</c>) whose effective policy the request follows; see <see cref="Regimes.RegimeSelection"/>.</summary>
    public string RegimeId { get; set; } = DefaultRegimeId;

    /// <summary>The regime of a request made before regimes existed (and the column's default): the company's promise.</summary>
    public const string DefaultRegimeId = "company";

    /// <summary>Why that regime, without personal data: "stated residence US-CA", "account record FR".</summary>
    public string RegimeReason { get; set; } = "";
    public DateTime ReceivedAtUtc { get; init; }
    /// <summary>The first due date; recomputed (from the same receipt) when the first step changes the regime.</summary>
    public DateTime InitialDueAtUtc { get; set; }
    public DateTime DueAtUtc { get; set; }
    public DateTime? VerifiedAtUtc { get; set; }
    /// <summary>When an agent verified by hand: how (kept here, not in the journal, as it may name the person).</summary>
    public string? ManualVerificationNote { get; set; }
    /// <summary>Set while the request waits on the requester (more information asked); the policy says whether the clock pauses.</summary>
    public DateTime? AwaitingRequesterSinceUtc { get; set; }
    /// <summary>What the agent asked the requester, shown again on the status page beside the answer form.</summary>
    public string? RequesterQuestion { get; set; }
    public string? RequesterAnswer { get; set; }
    public DateTime? ExtendedAtUtc { get; set; }
    public string? ExtensionReason { get; set; }
    /// <summary>The days the one extension added, as the agent asked (the due date also moves while the clock is paused).</summary>
    public int? ExtendedByDays { get; set; }
    /// <summary>For corrections: the changes asked for and the agent's decision on each (JSON of <see cref="CorrectionItem"/>).</summary>
    public string CorrectionsJson { get; set; } = "[]";
    public RequestOutcome? Outcome { get; set; }
    /// <summary>The reason the requester was sent: the text of <see cref="DenialCode"/>'s template, as it read when sent.</summary>
    public string? DenialReason { get; set; }
    /// <summary>The coded reason (<see cref="DenialCodes"/>) an agent denied the request for.</summary>
    public string? DenialCode { get; set; }
    /// <summary>The legal ground an exemption named (legal-exemption only); the requester reads it.</summary>
    public string? DenialGround { get; set; }
    /// <summary>The agent's note on the denial, for staff only.</summary>
    public string? DenialNote { get; set; }
    public DateTime? ClosedAtUtc { get; set; }

    /// <summary>
    /// A denied correction keeps its values (sealed) while its denial can be appealed: a reversal reopens it, and the values
    /// are what it asks for. Until this instant (the appeal window's end, later while an appeal of it is undecided); null
    /// for every other request. <see cref="ClosedRequestLeftovers"/> sheds them after it.
    /// </summary>
    public DateTime? CorrectionValuesKeptUntilUtc { get; set; }

    /// <summary>The open request of the same type and account this one was joined to (<see cref="RequestOutcome.LinkedToOpenRequest"/>).</summary>
    public Guid? DuplicateOfRequestId { get; set; }

    /// <summary>
    /// No account matched by ID or email, but the data points identified one holder, who was told a request was
    /// made in their name. Which account is not kept: the request is not theirs until they make it themselves.
    /// </summary>
    public DateTime? HolderNotifiedAtUtc { get; set; }

    /// <summary>
    /// A repeat joined to a request past its link found the account had had its allowance of emails for the hour
    /// (<see cref="IntakeThrottle"/>): the note that it was joined was not sent. Confirmation links are never throttled.
    /// </summary>
    public bool Throttled { get; set; }

    /// <summary>For an appeal (<see cref="RequestType.Appeal"/>): the denied request it appeals against.</summary>
    public Guid? AppealOfRequestId { get; init; }

    /// <summary>For an appeal: why the requester thinks the denial was wrong, in their words.</summary>
    public string? AppealReason { get; init; }

    /// <summary>For an appeal: the agent's reason for the decision, which the requester is emailed.</summary>
    public string? AppealDecisionReason { get; set; }

    /// <summary>The staff user (id) working this request; null while unassigned.</summary>
    public string? AssigneeId { get; set; }

    public bool IsClockPaused(Definitions.WorkflowPolicy policy) => AwaitingRequesterSinceUtc is not null && policy.PauseClockWhileWaitingOnRequester;

    /// <summary>When the clock stopped, while it is paused; null while it runs.</summary>
    public DateTime? ClockPausedSinceUtc(Definitions.WorkflowPolicy policy) => IsClockPaused(policy) ? AwaitingRequesterSinceUtc : null;

    public IReadOnlyList<CorrectionItem> Corrections
    {
        get => System.Text.Json.JsonSerializer.Deserialize<List<CorrectionItem>>(CorrectionsJson) ?? [];
        set => CorrectionsJson = System.Text.Json.JsonSerializer.Serialize(value);
    }
}
