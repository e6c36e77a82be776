using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DsarPlatform.Web.Api;
using DsarPlatform.Web.Development;

namespace DsarPlatform.Tests.Support;

/// <summary>What a requester, a staff member and the developer mailbox do over HTTP, for any host (in-process or a real port).</summary>
public sealed partial class DsarApi(HttpClient client)
{
    public HttpClient Client => client;

    public Task<string> SubmitDeletionAsync(string accountId, string email, string fullName) =>
        SubmitAsync(new { type = "deletion", accountId, email, fullName, dataPoints = new Dictionary<string, string>() });

    public async Task<string> SubmitAsync(object body)
    {
        var response = await client.PostAsJsonAsync("/api/requests", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SubmittedRequest>())!.Reference;
    }

    public async Task<IReadOnlyList<CapturedEmail>> MailAsync() =>
        (await client.GetFromJsonAsync<List<CapturedEmail>>("/api/dev/mail"))!;

    public Task<IReadOnlyList<CapturedEmail>> WaitForMailAsync(Func<CapturedEmail, bool> match, string what, int count = 1, TimeSpan? timeout = null) =>
        Eventually.GetAsync(async () => (IReadOnlyList<CapturedEmail>)(await MailAsync()).Where(match).ToList(), m => m.Count >= count, what, timeout);

    /// <summary>Opens the link (GET shows a button), then presses it (POST with the page's antiforgery token).</summary>
    public Task<string> ConfirmAsync(string link) => SubmitFormAsync(link, []);

    /// <summary>Opens a page as a browser would and posts its form with the given fields and the page's antiforgery token.</summary>
    public async Task<string> SubmitFormAsync(string link, Dictionary<string, string> fields, string? handler = null)
    {
        var response = await PostFormAsync(link, fields, handler);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<HttpResponseMessage> PostFormAsync(string link, Dictionary<string, string> fields, string? handler = null)
    {
        var path = new Uri(new Uri("http://localhost"), link).PathAndQuery;
        var page = await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value;
        return await client.PostAsync(handler is null ? path : $"{path}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>The verification link of a request, from the email sent to the address on record.</summary>
    public async Task<string> VerificationLinkAsync(string reference) =>
        (await WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("confirm"), "the verification email")).Single().Links.Single();

    /// <summary>The status link an email carries (every email after verification has one).</summary>
    public static string StatusLink(CapturedEmail email) => email.Links.Single(l => l.Contains("/status/"));

    /// <summary>Opens a status link and presses its button; the redirect lands on the status page, which is returned.</summary>
    public Task<string> OpenStatusAsync(string link) => SubmitFormAsync(link, []);

    /// <summary>Opens an emailed link that can no longer be used (verification, download): 410 Gone; returns its page.</summary>
    public async Task<string> GoneAsync(string link)
    {
        var response = await client.GetAsync(new Uri(new Uri("http://localhost"), link).PathAndQuery);
        var page = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Gone), page);
        return page;
    }

    /// <summary>Presses the button of a status link that can no longer be used (the GET only shows it): 410 Gone; returns the page.</summary>
    public async Task<string> OpenGoneStatusAsync(string link)
    {
        var response = await PostFormAsync(link, []);
        var page = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Gone), page);
        return page;
    }

    /// <summary>Signs in to the API; an account with two factors (a key in <see cref="DemoAuthenticators"/>) sends its code along.</summary>
    public async Task SignInAsync(string email, string password)
    {
        var twoFactorCode = DemoAuthenticators.CodeFor(email);
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password, twoFactorCode });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["accessToken"].ToString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Signs in on the staff sign-in page, as a browser does: the client then carries the session cookie.</summary>
    public async Task SignInWithCookieAsync(string email, string password)
    {
        var response = await PostFormAsync("/Account/Login", new() { ["email"] = email, ["password"] = password });
        if (response.RequestMessage?.RequestUri is { AbsolutePath: "/Account/LoginTwoFactor" } secondStep && DemoAuthenticators.CodeFor(email) is { } code)
        {
            response = await PostFormAsync(secondStep.PathAndQuery, new() { ["code"] = code });
        }
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"sign-in as {email}: {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<RequestDetails> RequestAsync(string reference) =>
        (await client.GetFromJsonAsync<RequestDetails>($"/api/requests/{reference}"))!;

    public Task<RequestDetails> WaitForRequestAsync(string reference, Func<RequestDetails, bool> until, string what, TimeSpan? timeout = null) =>
        Eventually.GetAsync(() => RequestAsync(reference), until, what, timeout);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
