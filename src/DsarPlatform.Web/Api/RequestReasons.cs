namespace DsarPlatform.Web.Api;

/// <summary>
/// What the journal only calls "note kept on the request": the question asked and the requester's answer, how an agent
/// verified by hand, why the deadline was extended, and the denial (code, its legal ground, the ground an exemption named,
/// the text the requester read, the agent's note).
/// </summary>
public sealed record RequestReasons(
    string? Question, string? Answer, string? ManualVerificationNote, string? ExtensionReason,
    string? DenialCode, string? DenialLegalGround, string? DenialGround, string? DenialReason, string? DenialNote);
