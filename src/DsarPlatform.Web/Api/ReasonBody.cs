namespace DsarPlatform.Web.Api;

public sealed record ReasonBody(string? Reason);
