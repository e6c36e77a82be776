using System.Net;
using System.Net.Http.Json;
using System.Xml;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Tests.Support;
using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// What the browser tests share: the web host as a real process (embedded default, Development: demo accounts
/// and the dev clock) sending its mail over SMTP (MailKit) to an aiosmtpd sink, and one headless Chromium.
/// Each test opens its own browser context.
/// </summary>
public sealed class PublicSite : IAsyncDisposable
{
    public const string AgentEmail = "agent@dsar.local";
    public const string AgentPassword = "Agent-Demo-2026!";
    static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);

    readonly HttpClient http;

    PublicSite(SmtpSink smtp, AppProcess web, ChromiumBrowser chromium, string baseUrl)
    {
        (Smtp, Web, Chromium, BaseUrl) = (smtp, web, chromium, baseUrl);
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(baseUrl),
        };
    }

    public SmtpSink Smtp { get; }

    public AppProcess Web { get; }

    public ChromiumBrowser Chromium { get; }

    public string BaseUrl { get; }

    public static async Task<PublicSite> StartAsync()
    {
        var smtp = await SmtpSink.StartNewAsync();
        ChromiumBrowser? chromium = null;
        AppProcess? web = null;
        try
        {
            var launching = ChromiumBrowser.LaunchAsync();
            var baseUrl = $"http://127.0.0.1:{FreePort.Next()}";
            web = AppProcess.Start(BuiltApp.Web, new()
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["DOTNET_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_URLS"] = baseUrl,
                ["Email__PublicBaseUrl"] = baseUrl,
                ["Email__SmtpHost"] = smtp.Host,
                ["Email__SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // Every test comes from 127.0.0.1; the per-IP limit has its own tests.
                ["Security__RateLimits__PublicPostsPerWindow"] = "1000",
            });
            chromium = await launching;
            await web.WaitForHttpAsync(baseUrl + "/", TimeSpan.FromSeconds(60));
            return new PublicSite(smtp, web, chromium, baseUrl);
        }
        catch
        {
            if (web is not null) await web.DisposeAsync();
            if (chromium is not null) await chromium.DisposeAsync();
            await smtp.DisposeAsync();
            throw;
        }
    }

    public Task<IBrowserContext> NewContextAsync() => Chromium.NewContextAsync(BaseUrl);

    /// <summary>The first email to <paramref name="address"/> whose subject mentions <paramref name="reference"/> and <paramref name="subjectPart"/>.</summary>
    public Task<MimeKit.MimeMessage> WaitForMailAsync(string address, string reference, string subjectPart) =>
        Smtp.WaitForMessageAsync(
            m => m.To.Mailboxes.Any(to => to.Address == address)
                 && m.Subject is { } subject && subject.Contains(reference, StringComparison.Ordinal)
                 && subject.Contains(subjectPart, StringComparison.OrdinalIgnoreCase),
            $"email to {address} about {reference} ('{subjectPart}')", MailTimeout);

    /// <summary>The staff API, signed in as the demo agent (sign in again after moving the clock: tokens expire).</summary>
    public async Task<DsarApi> AgentAsync()
    {
        var api = new DsarApi(http);
        await api.SignInAsync(AgentEmail, AgentPassword);
        return api;
    }

    /// <summary>Moves the app's clock forward (the dev endpoint fires what became due).</summary>
    public async Task AdvanceClockAsync(TimeSpan by)
    {
        using var response = await http.PostAsJsonAsync("/api/dev/clock/advance", new { by = XmlConvert.ToString(by) });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        try
        {
            await Chromium.DisposeAsync();
            await Web.DisposeAsync();
        }
        finally
        {
            await Smtp.DisposeAsync();
        }
    }
}
