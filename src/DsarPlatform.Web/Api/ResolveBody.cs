using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Web.Api;

/// <summary>An incident's resolution: <c>kind</c> is <c>doneByHand</c> or <c>notErased</c>; <c>ground</c> (the legal ground) is required for <c>notErased</c>.</summary>
public sealed record ResolveBody(string? Kind, string? Note, string? Ground)
{
    /// <summary>The kind named, or null when missing or unknown (the action answers 400 naming <c>kind</c>).</summary>
    public IncidentResolutionKind? ParsedKind =>
        Enum.TryParse<IncidentResolutionKind>(Kind, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(Kind, out _) ? kind : null;
}
