namespace DsarPlatform.Workflows.Regimes;

/// <summary>
/// The regime chosen for a request and why, in words without personal data ("stated residence US-CA").
/// <paramref name="Disagreement"/> is set when the stated residence and the account record point to different regimes.
/// </summary>
public sealed record RegimeChoice(Regime Regime, string Reason, string? Disagreement = null);
