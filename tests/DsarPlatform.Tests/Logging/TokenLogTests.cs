using System.Net;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Tests.Logging;

/// <summary>
/// #16 finding 7: with every logger at Trace, a whole access request (form, verification, status, download with a code)
/// writes no token that any email carried to any log line: message, value or scope.
/// </summary>
public sealed partial class TokenLogTests
{
    [Test, CancelAfter(180_000)]
    public async Task No_emailed_token_reaches_a_log_line_at_trace_level_through_every_public_flow()
    {
        var log = new CapturedLog();
        var everything = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace", ["Logging:LogLevel:Hangfire"] = "Trace",
            ["Logging:LogLevel:MassTransit"] = "Trace", ["Logging:LogLevel:System.Net.Http"] = "Trace",
            // The console still gets only warnings, so the test output stays readable; the captured provider gets everything.
            ["Logging:Console:LogLevel:Default"] = "Warning",
        };
        await using var app = new DsarApp(settings: everything, configure: host => host.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(log)));
        try
        {
            var api = new DsarApi(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true }));
            await RunAccessRequestAsync(api);

            var tokens = (await api.MailAsync()).SelectMany(m => m.Links).Select(l => TokenInLink().Match(l)).Where(m => m.Success)
                .Select(m => m.Groups[2].Value).Distinct().ToList();
            Assert.That(tokens, Has.Count.GreaterThanOrEqualTo(4), "verification, download and status tokens were issued");
            Assert.That(log.Lines.Any(l => l.Contains("/download/[redacted]")), Is.True, "request lines are captured (their token masked)");
            var leaks = log.Lines.Where(line => tokens.Any(line.Contains)).Take(5).ToList();
            Assert.That(leaks, Is.Empty, $"{log.Lines.Count} lines captured; lines with a token:\n{string.Join("\n", leaks)}");
        }
        finally
        {
            app.DeleteDataFolder();
        }
    }

    static async Task RunAccessRequestAsync(DsarApi api)
    {
        var form = await api.PostFormAsync("/requests/access", new()
        {
            ["AccountId"] = "alice.demo", ["Email"] = "alice@example.com", ["FullName"] = "Alice Example",
            ["Phone"] = "+1 (555) 555-0101", ["PostalCode"] = "94105", ["Country"] = "US", ["SignedDeclaration"] = "on",
        });
        Assert.That(form.StatusCode, Is.EqualTo(HttpStatusCode.OK), await form.Content.ReadAsStringAsync());
        var verification = (await api.WaitForMailAsync(m => m.Subject.Contains("confirm"), "the verification email")).Single().Links.Single();
        await api.Client.GetStringAsync(new Uri(verification).PathAndQuery);
        await api.ConfirmAsync(verification);

        var ready = (await api.WaitForMailAsync(m => m.Subject.Contains("ready to download"), "the package email")).Single();
        await api.OpenStatusAsync(DsarApi.StatusLink(ready));
        await api.SubmitFormAsync(DsarApi.StatusLink(ready), [], handler: "NewLink");

        var download = ready.Links.Single(l => l.Contains("/download/"));
        await api.SubmitFormAsync(download, [], handler: "SendCode");
        var code = SixDigits().Match((await api.WaitForMailAsync(m => m.Subject.Contains("download code"), "the code")).Single().Text).Value;
        await api.PostFormAsync(download, new() { ["Code"] = code == "000000" ? "111111" : "000000" }, handler: "Download");
        var done = await api.PostFormAsync(download, new() { ["Code"] = code }, handler: "Download");
        Assert.That(await done.Content.ReadAsStringAsync(), Does.Contain("Your download has started"));
        var file = await api.Client.GetAsync($"{new Uri(download).PathAndQuery}?handler=File");
        Assert.That(file.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await api.Client.GetAsync(new Uri(download).PathAndQuery)).StatusCode, Is.EqualTo(HttpStatusCode.Gone), "the used link is gone");
    }

    [GeneratedRegex("/(verify|status|download)/([^/?#]+)")]
    private static partial Regex TokenInLink();

    [GeneratedRegex("\\b[0-9]{6}\\b")]
    private static partial Regex SixDigits();
}
