using System.Net;
using DsarPlatform.Tests.Logging;
using DsarPlatform.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Tests.Security;

/// <summary>#16 finding 8: a chunked body over the cap is the client's fault: 413 and one log line, no stack trace.</summary>
public sealed class ChunkedBodyLogTests
{
    [Test, CancelAfter(60_000)]
    public async Task An_oversized_chunked_body_gets_413_and_one_log_line_without_a_stack_trace()
    {
        var log = new CapturedLog();
        await using var app = new DsarApp(settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug", ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning" }, configure: host => host.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(log)));
        try
        {
            var client = app.CreateClient();
            // A stream that cannot tell its length: no Content-Length, so the cap can only be found while reading.
            var pipe = new System.IO.Pipelines.Pipe(new System.IO.Pipelines.PipeOptions(pauseWriterThreshold: 0));
            await pipe.Writer.WriteAsync(System.Text.Encoding.ASCII.GetBytes("FullName=" + new string('a', 200_000)));
            await pipe.Writer.CompleteAsync();
            var body = new StreamContent(pipe.Reader.AsStream());
            body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
            var response = await client.PostAsync("/requests/access", body);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            // The host logs the request's end after the client has the answer: wait for that line before counting.
            await Eventually.GetAsync(() => Task.FromResult(log.Lines.ToList()), lines => lines.Any(l => l.Contains("Request finished")), "the request's last log line");
            // 413 as a status, not inside a trace id's hex (which once held "b413f" and matched three Debug lines).
            var lines = log.Lines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\b413\b") || l.Contains("too large", StringComparison.OrdinalIgnoreCase)
                || l.StartsWith("Error") || l.StartsWith("Critical")).ToList();
            Assert.That(lines, Has.Count.EqualTo(1), string.Join("\n", log.Lines.SkipWhile(l => !l.Contains("Content root")).Where(l => !l.Contains("EntityFramework")).Select(l => l.Length > 300 ? l[..300] : l).Take(60)));
            Assert.That(lines[0], Does.Not.Contain("   at ").And.Not.Contain("Exception:"), "no stack trace");
        }
        finally
        {
            app.DeleteDataFolder();
        }
    }
}
