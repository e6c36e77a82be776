using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace DsarPlatform.Web.Hosting;

/// <summary>
/// Sign-in through the organisation's OpenID Connect provider, on when <c>Authentication:OpenIdConnect</c> is set.
/// The provider's answer lands in Identity's external cookie; <see cref="OrganisationAccounts"/> then decides which
/// invited staff account, if any, it signs in.
/// </summary>
public static class OrganisationSignIn
{
    public const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;

    public static AuthenticationBuilder AddOrganisationSignIn(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        if (OpenIdConnectSettings.Read(configuration) is not { } settings) return authentication;
        return authentication.AddOpenIdConnect(Scheme, "your organisation", options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.CallbackPath = settings.CallbackPath;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.ResponseType = "code";
            options.UsePkce = true;
            options.Scope.Clear();
            foreach (var scope in settings.Scopes) options.Scope.Add(scope);
            options.SignInScheme = IdentityConstants.ExternalScheme;
            // Claims keep the provider's names ("email"), not the WS-Federation URIs.
            options.MapInboundClaims = false;
            options.GetClaimsFromUserInfoEndpoint = true;
            options.SaveTokens = false;
        });
    }
}
