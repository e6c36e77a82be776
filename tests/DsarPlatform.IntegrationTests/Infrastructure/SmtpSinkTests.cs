using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DsarPlatform.IntegrationTests.Infrastructure;

[TestFixture]
[CancelAfter(20_000)]
public sealed class SmtpSinkTests
{
    [Test]
    public async Task Keeps_what_MailKit_sends(CancellationToken cancellationToken)
    {
        await using var sink = await SmtpSink.StartNewAsync(cancellationToken);
        TestContext.Progress.WriteLine($"SMTP sink started in {sink.StartDuration.TotalSeconds:F1} s");

        var body = new BodyBuilder { TextBody = "plain", HtmlBody = "<p>html</p>" };
        body.Attachments.Add("export.csv", "id\n1\n"u8.ToArray(), new ContentType("text", "csv"));
        var message = new MimeMessage
        {
            Subject = "Fixture check ✓",
            Body = body.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse("dsar@example.test"));
        message.To.Add(MailboxAddress.Parse("subject@example.test"));

        using (var client = new SmtpClient())
        {
            await client.ConnectAsync(sink.Host, sink.Port, SecureSocketOptions.None, cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }

        var received = (await sink.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10))).Single();
        Assert.Multiple(() =>
        {
            Assert.That(received.Subject, Is.EqualTo("Fixture check ✓"));
            Assert.That(received.To.Mailboxes.Single().Address, Is.EqualTo("subject@example.test"));
            Assert.That(received.TextBody?.Trim(), Is.EqualTo("plain"));
            Assert.That(received.Attachments.OfType<MimePart>().Single().FileName, Is.EqualTo("export.csv"));
        });
        await sink.DisposeAsync();
    }
}
