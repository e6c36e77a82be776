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

    public StaffBrowser(DsarApp app) : this(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }))
    {
    }

    /// <param name="client">A client that keeps cookies and does not follow redirects (e.g. <see cref="DsarApp.CreateClientFrom"/>).</param>
    public StaffBrowser(HttpClient client)
    {
        Client = client;
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

    /// <summary>
    /// Fills in the sign-in form and presses the button; when the account then asks for its authenticator code and the
    /// test knows the key, types the code too. Returns the last answer.
    /// </summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var response = await SignInWithPasswordAsync(email, password);
        return IsSecondStep(response) && DemoAuthenticators.CodeFor(email) is { } code
            ? await AnswerSecondStepAsync(response.Headers.Location!.OriginalString, code)
            : response;
    }

    /// <summary>Only the first step: the email and password form.</summary>
    public Task<HttpResponseMessage> SignInWithPasswordAsync(string email, string password) =>
        Pages.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["email"] = email, ["password"] = password });

    /// <summary>Types a code (or, with <paramref name="field"/> <c>recoveryCode</c>, a recovery code) on the second step's page.</summary>
    public Task<HttpResponseMessage> AnswerSecondStepAsync(string page, string code, string field = "code") =>
        PostAsync(page, null, (field, code));

    /// <summary>
    /// Enrols in two-factor sign-in as a person with an authenticator app does: reads the shared key off
    /// <c>/Account/TwoFactor</c> and types the code the app would show. Returns the key.
    /// </summary>
    public async Task<string> EnrolAuthenticatorAsync()
    {
        var key = SharedKeyText().Match(await Client.GetStringAsync("/Account/TwoFactor")).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        var enrolled = await PostAsync("/Account/TwoFactor", null, ("code", Totp.Now(key)));
        Assert.That(await enrolled.Content.ReadAsStringAsync(), Does.Contain("id=\"two-factor-on\""));
        return key;
    }

    public static bool IsSecondStep(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/LoginTwoFactor") == true;

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

    [GeneratedRegex("<code id=\"shared-key\">([^<]+)</code>")]
    private static partial Regex SharedKeyText();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
