using DsarPlatform.Web.Security;
using Microsoft.AspNetCore.DataProtection;

namespace DsarPlatform.Web.Downloads;

/// <summary>
/// What a right code leaves in the browser that entered it: a short cookie naming the request whose package that browser
/// may fetch (<see cref="RequestCookie"/>), so the code's answer can be a confirmation page (no stale error box) that starts
/// the download itself. The emailed link is used up by the code; the grant is never in a URL.
/// </summary>
public sealed class DownloadGrant(IDataProtectionProvider protection, TimeProvider clock, IHostEnvironment environment)
{
    public const string CookieName = "dsar-download";
    public const string CookiePath = "/download";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    readonly RequestCookie _cookie = new(protection.CreateProtector("DsarPlatform.DownloadGrant.v1"), CookieName, CookiePath, clock,
        secure: !environment.IsDevelopment());

    /// <returns>Until when the browser may fetch the file.</returns>
    public DateTimeOffset Start(HttpResponse response, Guid requestId) => _cookie.Issue(response, requestId, Lifetime);

    /// <returns>The request this browser may fetch the package of, or null: no cookie, a forged or an expired one.</returns>
    public Guid? Read(HttpRequest request) => _cookie.Read(request);
}
