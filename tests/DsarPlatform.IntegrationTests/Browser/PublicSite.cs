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
    public const string DrpBusinessId = "DSAR_BROWSER_BUSINESS";
    static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);

    readonly HttpClient http;

    PublicSite(SmtpSink smtp, AppProcess web, ChromiumBrowser chromium, string baseUrl, Tests.Drp.TestAgent drpAgent)
    {
        (Smtp, Web, Chromium, BaseUrl, DrpAgent) = (smtp, web, chromium, baseUrl, drpAgent);
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(baseUrl),
        };
    }

    public SmtpSink Smtp { get; }

    public AppProcess Web { get; }

    public ChromiumBrowser Chromium { get; }

    public string BaseUrl { get; }

    /// <summary>An authorized agent in the site's DRP directory (callbacks and redirects to 127.0.0.1), before its set-up.</summary>
    public Tests.Drp.TestAgent DrpAgent { get; }

    public static async Task<PublicSite> StartAsync()
    {
        var smtp = await SmtpSink.StartNewAsync();
        ChromiumBrowser? chromium = null;
        AppProcess? web = null;
        try
        {
            var launching = ChromiumBrowser.LaunchAsync();
            var baseUrl = $"http://127.0.0.1:{FreePort.Next()}";
            // Signed bodies stay valid for a year: tests move the site's clock forward, never back.
            var drpAgent = new Tests.Drp.TestAgent("BROWSER_AGENT", new HttpClient { BaseAddress = new Uri(baseUrl) }, () => DateTimeOffset.UtcNow, DrpBusinessId)
            {
                Validity = TimeSpan.FromDays(365),
            };
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
                ["Drp__BusinessId"] = DrpBusinessId,
                ["Drp__Agents__0__Id"] = drpAgent.Id,
                ["Drp__Agents__0__Name"] = "Browser agent",
                ["Drp__Agents__0__VerifyKey"] = drpAgent.VerifyKey,
                ["Drp__Agents__0__CallbackHost"] = "127.0.0.1",
            });
            chromium = await launching;
            await web.WaitForHttpAsync(baseUrl + "/", TimeSpan.FromSeconds(60));
            return new PublicSite(smtp, web, chromium, baseUrl, drpAgent);
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
        DrpAgent.Client.Dispose();
        DrpAgent.Dispose();
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
