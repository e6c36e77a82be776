namespace DsarPlatform.Web.Api;

public sealed record LoginRequest(string? Email, string? Password);
