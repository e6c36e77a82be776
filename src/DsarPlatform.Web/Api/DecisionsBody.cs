using DsarPlatform.Workflows.Requests;

namespace DsarPlatform.Web.Api;

public sealed record DecisionsBody(IReadOnlyList<FieldDecision>? Decisions);
