using DsarPlatform.Workflows.Drp;

namespace DsarPlatform.Web.Drp;

/// <summary>
/// Where callbacks may go. Our server makes these calls, so an address an agent picks freely could point it at our own
/// network (SSRF): only http(s) URLs on the one host an administrator registered for that agent are taken, with no
/// credentials in the URL; an agent with no callback host gets no callbacks. The sender does not follow redirects.
/// </summary>
public static class DrpCallbackAddress
{
    public static bool IsAllowed(string url, DrpAgent agent) =>
        url.Length <= 2000 && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.UserInfo)
        && !string.IsNullOrWhiteSpace(agent.CallbackHost)
        && string.Equals(uri.Host, agent.CallbackHost.Trim(), StringComparison.OrdinalIgnoreCase);
}
