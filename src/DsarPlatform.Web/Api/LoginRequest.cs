namespace DsarPlatform.Web.Api;

/// <param name="TwoFactorCode">The authenticator app's code, for accounts with two-factor sign-in on.</param>
public sealed record LoginRequest(string? Email, string? Password, string? TwoFactorCode = null);
