using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Development;
using DsarPlatform.Workflows.Notifications;
using MimeKit;

namespace DsarPlatform.Tests.Notifications;

/// <summary>
/// Two hosts sharing one pickup folder can send the same message at once (a claim that expired while a slow host was
/// still sending it). Each copy must land whole under the message's one name, and a reader of the folder must never
/// meet a half-written file: CI saw "FileNotFoundException" from a send and a 500 from the development mailbox.
/// </summary>
[TestFixture, CancelAfter(60_000)]
public class PickupFolderMailTransportTests
{
    [Test]
    public async Task The_same_message_sent_by_two_hosts_at_once_lands_once_and_whole()
    {
        var folder = Directory.CreateTempSubdirectory("dsar-test-pickup-").FullName;
        try
        {
            var (first, second) = (new PickupFolderMailTransport(folder), new PickupFolderMailTransport(folder));
            await first.OpenAsync(CancellationToken.None);
            var mailbox = new DevMailbox(first);
            var sends = Enumerable.Range(0, 40).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).SendAsync(Message(), CancellationToken.None)));
            var reads = Enumerable.Range(0, 40).Select(_ => Task.Run(() => mailbox.ReadAsync(CancellationToken.None)));

            await Task.WhenAll(sends);
            var read = await Task.WhenAll(reads);

            Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EqualTo(new[] { "20261102T170000000-resend@dsar.local.eml" }));
            var texts = read.SelectMany(emails => emails).Select(e => Words(e.Text)).ToList();
            Assert.That(texts.Count(text => text != Words(Body)), Is.Zero, "a reader met a cut or empty copy");
        }
        finally
        {
            TestFolder.Delete(folder);
        }
    }

    static readonly string Body = string.Concat(Enumerable.Repeat("A line long enough that writing it takes a while. ", 4000));

    static string Words(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    static MimeMessage Message()
    {
        var message = new MimeMessage { MessageId = "resend@dsar.local", Subject = "Same message", Date = DsarApp.DefaultStart };
        message.From.Add(MailboxAddress.Parse("privacy@dsar.local"));
        message.To.Add(MailboxAddress.Parse("alice@example.com"));
        message.Body = new TextPart("plain") { Text = Body };
        return message;
    }
}
