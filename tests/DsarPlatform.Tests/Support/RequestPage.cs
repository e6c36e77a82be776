using System.Net;
using System.Text.RegularExpressions;

namespace DsarPlatform.Tests.Support;

/// <summary>The staff request page as a signed-in browser uses it: read it, and post one of its forms with the version it showed.</summary>
public sealed partial class RequestPage(DsarApi staff, string reference)
{
    public string Path => $"/staff/requests/{reference}";

    public Task<string> ReadAsync() => staff.Client.GetStringAsync(Path);

    /// <summary>Posts a handler's form (redirects followed: success lands on the page again) with the page's token and version.</summary>
    /// <param name="version">The version to act on; by default the one the page shows now.</param>
    /// <param name="query">Route values the form carries in its address, e.g. "&amp;taskId=…".</param>
    /// <param name="tokenFrom">Another page to take the signed-in user's antiforgery token from, when this one has no form (an auditor's).</param>
    public async Task<(HttpStatusCode Status, string Html)> PostAsync(string handler, Dictionary<string, string> fields, string? version = null, string query = "",
        string? tokenFrom = null)
    {
        var page = await ReadAsync();
        var tokenPage = tokenFrom is null ? page : await staff.Client.GetStringAsync(tokenFrom);
        fields["__RequestVerificationToken"] = Antiforgery().Match(tokenPage).Groups[1].Value;
        fields.TryAdd("Version", version ?? VersionOf(page));
        using var response = await staff.Client.PostAsync($"{Path}?handler={handler}{query}", new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The request version the page's forms carry.</summary>
    public static string VersionOf(string page) => VersionField().Match(page).Groups[1].Value;

    /// <summary>The text of the page's role=alert and role=status messages.</summary>
    public static string Alerts(string page) => string.Join("\n", Alert().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("role=\"(?:alert|status)\">(.*?)</(?:p|div)>", RegexOptions.Singleline)]
    private static partial Regex Alert();
}
