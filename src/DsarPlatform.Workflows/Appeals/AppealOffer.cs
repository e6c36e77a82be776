namespace DsarPlatform.Workflows.Appeals;

/// <summary>
/// What the status page of a denied request says about appealing, in the requester's words: the form while the window
/// runs (<see cref="AppealOfferState.Open"/>, until <see cref="Date"/>), the day it closed, or the appeal filed, with its
/// due date (<see cref="Date"/>) and, once decided, the decision.
/// </summary>
public sealed record AppealOffer(AppealOfferState State, string Date, string? AppealReference = null, string? Decision = null);
