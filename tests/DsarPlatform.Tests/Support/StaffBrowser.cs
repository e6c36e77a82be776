using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DsarPlatform.Tests.Support;

/// <summary>A member of staff in a browser: the cookie session of the console, redirects not followed so tests see them.</summary>
public sealed partial class StaffBrowser
{
    public const string AgentEmail = "agent@dsar.local";
    public const string AgentPassword = "Agent-Demo-2026!";
    public const string AuditorEmail = "auditor@dsar.local";
    public const string AuditorPassword = "Auditor-Demo-2026!";
    public const string AdminEmail = "admin@dsar.local";
    public const string AdminPassword = "Admin-Demo-2026!";

    public StaffBrowser(DsarApp app)
    {
        Client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Pages = new DsarApi(Client);
    }

    public HttpClient Client { get; }
    public DsarApi Pages { get; }

    public static async Task<StaffBrowser> SignedInAsync(DsarApp app, string email, string password)
    {
        var browser = new StaffBrowser(app);
        var response = await browser.SignInAsync(email, password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        return browser;
    }

    /// <summary>Fills in the sign-in form and presses the button.</summary>
    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        Pages.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["email"] = email, ["password"] = password });

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(path);

    /// <summary>Opens a page and posts one of its forms (handler and fields, repeatable) with the token the page carries.</summary>
    public async Task<HttpResponseMessage> PostAsync(string page, string? handler, params (string Name, string Value)[] fields)
    {
        var token = AntiforgeryField().Match(await Client.GetStringAsync(page)).Groups[1].Value;
        var body = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await Client.PostAsync(handler is null ? page : $"{page}?handler={handler}", new FormUrlEncodedContent(body));
    }

    /// <summary>Presses the layout's "Sign out" button on a console page.</summary>
    public async Task<HttpResponseMessage> SignOutAsync(string fromPage = "/staff")
    {
        var page = await Client.GetStringAsync(fromPage);
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        return await Client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    public static bool IsSignInRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/Login") == true;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
