using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace DsarPlatform.Web.Hosting;

/// <summary>
/// Bounds a console session from its sign-in, however active it stays: the sliding idle expiry renews the cookie's
/// own issue time, so the sign-in time travels in the cookie's properties.
/// </summary>
static class StaffSessionLifetime
{
    const string SignedInKey = "dsar.signed-in";

    public static void Apply(CookieAuthenticationEvents events, TimeSpan lifetime, TimeProvider clock)
    {
        var signingIn = events.OnSigningIn;
        events.OnSigningIn = context =>
        {
            context.Properties.Items[SignedInKey] = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return signingIn(context);
        };
        var validate = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            if (!context.Properties.Items.TryGetValue(SignedInKey, out var signedIn)
                || !long.TryParse(signedIn, CultureInfo.InvariantCulture, out var seconds)
                || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > lifetime)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }
            await validate(context);
        };
    }
}
