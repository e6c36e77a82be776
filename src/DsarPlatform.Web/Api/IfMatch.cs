namespace DsarPlatform.Web.Api;

/// <summary>
/// The request version a staff API call acts on, from its <c>If-Match</c> header (the <c>ETag</c> of
/// <c>GET /api/requests/{reference}</c>, or the <c>version</c> it lists). Without the header the action runs on the current state.
/// </summary>
public static class IfMatch
{
    public static string ETag(Guid version) => $"\"{version}\"";

    /// <returns>False when the header is there but names no version.</returns>
    public static bool TryRead(HttpRequest request, out Guid? version)
    {
        version = null;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header)) return true;
        if (!Guid.TryParse(header.Trim().TrimStart('W', '/').Trim('"'), out var parsed)) return false;
        version = parsed;
        return true;
    }
}
