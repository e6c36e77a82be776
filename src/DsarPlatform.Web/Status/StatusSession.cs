using System.Globalization;
using System.Security.Cryptography;
using DsarPlatform.Workflows.Verification;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Web.Status;

/// <summary>
/// What a redeemed status link leaves behind: a data-protected cookie naming one request and when it stops
/// working, so the page can be reloaded and the answer form posted without a second link. The expiry is in
/// the protected payload and checked against the application clock, not left to the browser.
/// </summary>
public sealed class StatusSession(IDataProtectionProvider protection, TimeProvider clock, IOptions<StatusLinkOptions> options, IHostEnvironment environment)
{
    public const string CookieName = "dsar-status";
    public const string CookiePath = "/status";

    readonly IDataProtector _protector = protection.CreateProtector("DsarPlatform.StatusSession.v1");

    public void Start(HttpResponse response, Guid requestId)
    {
        var lifetime = options.Value.SessionLifetime;
        var payload = $"{requestId:N}|{(clock.GetUtcNow() + lifetime).UtcTicks.ToString(CultureInfo.InvariantCulture)}";
        response.Cookies.Append(CookieName, _protector.Protect(payload), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = !environment.IsDevelopment(),
            Path = CookiePath, MaxAge = lifetime, IsEssential = true,
        });
    }

    /// <returns>The request this browser may see, or null: no cookie, a forged or foreign one, or an expired one.</returns>
    public Guid? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || value.Length > 2000) return null;
        string payload;
        try
        {
            payload = _protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null;
        }
        var parts = payload.Split('|');
        if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out var requestId)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresTicks)) return null;
        return clock.GetUtcNow().UtcTicks < expiresTicks ? requestId : null;
    }
}
