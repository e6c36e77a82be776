using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace DsarPlatform.Web.Security;

/// <summary>
/// Section <c>ForwardedHeaders</c>: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are
/// believed (<c>KnownProxies</c>: addresses; <c>KnownNetworks</c>: CIDR ranges). Nothing is trusted by default, not even
/// loopback: a header from any other sender is ignored, so a client cannot choose its own address or scheme.
/// </summary>
public sealed class ProxySettings
{
    public string[] KnownProxies { get; set; } = [];
    public string[] KnownNetworks { get; set; } = [];

    public static ProxySettings Read(IConfiguration configuration) =>
        configuration.GetSection("ForwardedHeaders").Get<ProxySettings>() ?? new ProxySettings();

    /// <summary>Fills the framework's options; a value that is not an address or range stops the host, naming its key.</summary>
    public void Apply(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        // Walk the whole chain of known proxies back to the first address that is not one (the client).
        options.ForwardLimit = null;
        for (var i = 0; i < KnownProxies.Length; i++)
        {
            if (!IPAddress.TryParse(KnownProxies[i], out var address)) throw Invalid($"ForwardedHeaders:KnownProxies:{i}", KnownProxies[i]);
            options.KnownProxies.Add(address);
        }
        for (var i = 0; i < KnownNetworks.Length; i++)
        {
            if (!System.Net.IPNetwork.TryParse(KnownNetworks[i], out var range)) throw Invalid($"ForwardedHeaders:KnownNetworks:{i}", KnownNetworks[i]);
            options.KnownIPNetworks.Add(range);
        }
    }

    static InvalidOperationException Invalid(string key, string value) =>
        new($"The setting {key} holds '{value}', which is not an IP address{(key.Contains("Networks", StringComparison.Ordinal) ? " range (CIDR)" : "")}.");
}
