using DsarPlatform.Web.Security;
using DsarPlatform.Workflows.Verification;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Web.Status;

/// <summary>
/// What a redeemed status link leaves behind: a cookie naming one request and when it stops working (<see cref="RequestCookie"/>),
/// so the page can be reloaded and the answer form posted without a second link.
/// </summary>
public sealed class StatusSession(IDataProtectionProvider protection, TimeProvider clock, IOptions<StatusLinkOptions> options, IHostEnvironment environment)
{
    public const string CookieName = "dsar-status";
    public const string CookiePath = "/status";

    readonly RequestCookie _cookie = new(protection.CreateProtector("DsarPlatform.StatusSession.v1"), CookieName, CookiePath, clock,
        secure: !environment.IsDevelopment());

    public void Start(HttpResponse response, Guid requestId) => _cookie.Issue(response, requestId, options.Value.SessionLifetime);

    /// <returns>The request this browser may see, or null: no cookie, a forged or foreign one, or an expired one.</returns>
    public Guid? Read(HttpRequest request) => _cookie.Read(request);
}
