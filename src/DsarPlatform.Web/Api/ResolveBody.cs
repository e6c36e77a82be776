namespace DsarPlatform.Web.Api;

public sealed record ResolveBody(string? Note);
