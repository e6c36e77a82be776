namespace DsarPlatform.Web.Hosting;

/// <summary>Section <c>Authentication:OpenIdConnect</c>: the organisation's identity provider. Absent, staff sign in with a password only.</summary>
public sealed class OpenIdConnectSettings
{
    public const string Section = "Authentication:OpenIdConnect";

    /// <summary>The provider's issuer address; its discovery document is read from <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>Where the provider sends staff back; register it with the provider. Default <c>/signin-oidc</c>.</summary>
    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>Scopes asked for; the email scope is needed to match the staff account.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Off only for a provider on loopback during development or tests.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public static OpenIdConnectSettings? Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (!section.Exists()) return null;
        var settings = section.Get<OpenIdConnectSettings>() ?? new OpenIdConnectSettings();
        if (!Uri.TryCreate(settings.Authority, UriKind.Absolute, out _)) throw new InvalidOperationException($"The setting {Section}:Authority must be an absolute address.");
        if (string.IsNullOrWhiteSpace(settings.ClientId)) throw new InvalidOperationException($"The setting {Section}:ClientId is required.");
        if (settings.Scopes.Count == 0) settings.Scopes = ["openid", "profile", "email"];
        return settings;
    }
}
