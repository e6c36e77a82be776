using System.Text.RegularExpressions;

namespace DsarPlatform.Tests.Security;

/// <summary>Fills in and sends the public deletion form the way a browser does (token from the page, cookie kept by the client).</summary>
public static partial class DeletionForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, IReadOnlyDictionary<string, string> fields, bool withToken = true)
    {
        var form = new Dictionary<string, string>(fields);
        if (withToken)
        {
            var page = await client.GetStringAsync("/requests/delete");
            form["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value;
        }
        return await client.PostAsync("/requests/delete", new FormUrlEncodedContent(form));
    }

    public static Dictionary<string, string> Alice(string email = "alice@example.com") => new()
    {
        ["AccountId"] = "alice.demo", ["Email"] = email, ["FullName"] = "Alice Example",
    };

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
