using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace DsarPlatform.Web.Downloads;

/// <summary>
/// What a right code leaves in the browser that entered it: a short, data-protected cookie naming the request whose
/// package that browser may fetch, so the code's answer can be a confirmation page (no stale error box) that starts the
/// download itself. The emailed link is used up by the code; the grant is never in a URL, and its expiry is in the
/// protected payload, checked against the application clock.
/// </summary>
public sealed class DownloadGrant(IDataProtectionProvider protection, TimeProvider clock, IHostEnvironment environment)
{
    public const string CookieName = "dsar-download";
    public const string CookiePath = "/download";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    readonly IDataProtector _protector = protection.CreateProtector("DsarPlatform.DownloadGrant.v1");

    /// <returns>Until when the browser may fetch the file.</returns>
    public DateTimeOffset Start(HttpResponse response, Guid requestId)
    {
        var until = clock.GetUtcNow() + Lifetime;
        var payload = $"{requestId:N}|{until.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
        response.Cookies.Append(CookieName, _protector.Protect(payload), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = !environment.IsDevelopment(),
            Path = CookiePath, MaxAge = Lifetime, IsEssential = true,
        });
        return until;
    }

    /// <returns>The request this browser may fetch the package of, or null: no cookie, a forged or an expired one.</returns>
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
