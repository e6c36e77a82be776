namespace DsarPlatform.Web.Api;

public sealed record ExtendBody(int? Days, string? Reason);
