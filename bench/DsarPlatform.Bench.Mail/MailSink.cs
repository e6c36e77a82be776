using DsarPlatform.IntegrationTests.Infrastructure;

namespace DsarPlatform.Bench.Mail;

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd with its Mailbox handler (a Maildir file per message), as the
/// integration tests' sink runs it; without NUnit, so a missing binary stops the bench naming the package.
/// </summary>
public sealed class MailSink : IAsyncDisposable
{
    const string Python = "/usr/bin/python3";
    readonly TempFolder folder = new("bench-mail-smtp");
    readonly ProcessGroup server;

    MailSink(int port)
    {
        Port = port;
        server = ProcessGroup.Start(Python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir],
            folder.Path, folder.Combine("smtp.log"));
    }

    public int Port { get; }

    string Maildir => folder.Combine("maildir");

    public static async Task<MailSink> StartAsync()
    {
        RequiredBinary.Check(Python, "python3");
        RequiredBinary.Check("/usr/lib/python3/dist-packages/aiosmtpd/__init__.py", "python3-aiosmtpd");
        var sink = new MailSink(FreePort.Next());
        if (!await FreePort.WaitUntilOpenAsync(sink.Port, TimeSpan.FromSeconds(20), () => sink.server.HasExited))
            throw new InvalidOperationException($"aiosmtpd did not open its port:\n{sink.server.Tail()}");
        return sink;
    }

    /// <summary>Messages received so far (files in the Maildir's new/).</summary>
    public int Received() => Directory.Exists(Path.Combine(Maildir, "new")) ? Directory.GetFiles(Path.Combine(Maildir, "new")).Length : 0;

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }
}
