using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace DsarPlatform.Web.Security;

/// <summary>
/// A data-protected cookie naming one request and when it stops working, scoped to one path. The expiry is in the
/// protected payload and checked against the application clock, not left to the browser; a forged, foreign or
/// expired cookie reads as none.
/// </summary>
public sealed class RequestCookie(IDataProtector protector, string name, string path, TimeProvider clock, bool secure)
{
    /// <returns>Until when the cookie works.</returns>
    public DateTimeOffset Issue(HttpResponse response, Guid requestId, TimeSpan lifetime)
    {
        var until = clock.GetUtcNow() + lifetime;
        var payload = $"{requestId:N}|{until.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
        response.Cookies.Append(name, protector.Protect(payload), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = secure, Path = path, MaxAge = lifetime, IsEssential = true,
        });
        return until;
    }

    /// <returns>The request the cookie names, or null: no cookie, a forged or foreign one, or an expired one.</returns>
    public Guid? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(name, out var value) || value.Length > 2000) return null;
        string payload;
        try
        {
            payload = protector.Unprotect(value);
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
