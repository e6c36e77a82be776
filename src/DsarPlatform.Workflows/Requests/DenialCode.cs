namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// A coded reason to deny a request: what agents choose, the legal ground it rests on (a short citation kept on the
/// request's record), and whether the agent must name the ground (an exemption). The words the requester reads are
/// in <c>templates/denials/&lt;code&gt;.liquid</c>, never here.
/// </summary>
public sealed record DenialCode(string Code, string Label, string LegalGround, bool NeedsGround = false);
