using System.Diagnostics;
using MimeKit;

namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server that keeps every message: Debian's aiosmtpd with its Mailbox handler,
/// writing a Maildir in a temp folder. Accepts any sender and recipient, no TLS, no auth.
/// <code>
/// await using var smtp = await SmtpSink.StartNewAsync();
/// // point the app at smtp.Host:smtp.Port, act, then
/// var messages = await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10));
/// </code>
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public const string Python = "/usr/bin/python3";
    const string ModuleMarker = "/usr/lib/python3/dist-packages/aiosmtpd/__init__.py";

    readonly TempFolder folder = new("smtp");
    ProcessGroup? server;
    int disposed;

    readonly string? refusedDomain;

    SmtpSink(string? refusedDomain)
    {
        Port = FreePort.Next();
        this.refusedDomain = refusedDomain;
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    /// <summary>How long the start took until the SMTP port answered.</summary>
    public TimeSpan StartDuration { get; private set; }

    string Maildir => folder.Combine("maildir");

    /// <summary>
    /// Checks python3 and aiosmtpd (ignore or fail, see <see cref="RequiredBinary"/>) and starts the sink. With
    /// <paramref name="refusedDomain"/>, it answers every recipient at that domain "550 5.1.1", as a server does for a
    /// mailbox that does not exist, and at <c>relay.</c> that domain "554 5.7.1 Relay access denied", as a server does
    /// for a client it does not relay for (a set-up fault, true for every email), and at <c>full.</c> that domain
    /// "452 4.2.2 Mailbox full", as a server does for a mailbox that cannot take mail for now.
    /// </summary>
    public static async Task<SmtpSink> StartNewAsync(CancellationToken cancellationToken = default, string? refusedDomain = null)
    {
        RequiredBinary.Check(Python, "python3");
        RequiredBinary.Check(ModuleMarker, "python3-aiosmtpd");
        var sink = new SmtpSink(refusedDomain);
        try
        {
            await sink.StartAsync(cancellationToken);
            return sink;
        }
        catch
        {
            await sink.DisposeAsync();
            throw;
        }
    }

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> ReadMessages()
    {
        // Maildir delivers into tmp/ and renames into new/, so files seen here are complete.
        var files = new[] { "new", "cur" }
            .Select(sub => Path.Combine(Maildir, sub))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .Select(path => new FileInfo(path))
            .OrderBy(file => file.LastWriteTimeUtc).ThenBy(file => file.Name, StringComparer.Ordinal);
        return [.. files.Select(file => MimeMessage.Load(file.FullName))];
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived; fails with what did arrive.</summary>
    public Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan timeout) =>
        PollAsync(messages => messages.Count >= count ? messages : null, $"{count} message(s)", timeout);

    /// <summary>Waits for the first message that <paramref name="match"/> accepts; fails naming <paramref name="what"/> and what did arrive.</summary>
    public Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> match, string what, TimeSpan timeout) =>
        PollAsync(messages => messages.FirstOrDefault(match), what, timeout);

    async Task<T> PollAsync<T>(Func<IReadOnlyList<MimeMessage>, T?> pick, string what, TimeSpan timeout) where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var messages = ReadMessages();
            if (pick(messages) is { } found) return found;
            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"Expected {what} within {timeout}, got {messages.Count} message(s): " +
                    string.Join("; ", messages.Select(m => $"'{m.Subject}' to {m.To}")) + $"\nsink output:\n{server?.Tail()}");
            }
            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        if (server is null) return;
        await server.DisposeAsync();
        server = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        try
        {
            await StopAsync();
        }
        finally
        {
            folder.Dispose();
        }
    }

    async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        string[] handler = ["aiosmtpd.handlers.Mailbox", Maildir];
        if (refusedDomain is not null)
        {
            await File.WriteAllTextAsync(folder.Combine("refusing_mailbox.py"), RefusingMailbox, cancellationToken);
            handler = ["refusing_mailbox.RefusingMailbox", Maildir, refusedDomain];
        }
        server = ProcessGroup.Start(Python,
            ["-m", "aiosmtpd", "-n", "-l", $"{Host}:{Port}", "-c", .. handler],
            folder.Path, folder.Combine("smtp.log"), new Dictionary<string, string?> { ["PYTHONPATH"] = folder.Path });
        var open = await FreePort.WaitUntilOpenAsync(Port, TimeSpan.FromSeconds(20), () => server.HasExited || cancellationToken.IsCancellationRequested);
        cancellationToken.ThrowIfCancellationRequested();
        if (!open)
            throw new InvalidOperationException($"aiosmtpd did not open port {Port} (exit code {server.ExitCode}):\n{server.Tail()}");
        StartDuration = clock.Elapsed;
    }

    /// <summary>aiosmtpd's Mailbox handler that refuses recipients at one domain (relaying to its relay. subdomain, and for now its full. one) at RCPT TO.</summary>
    const string RefusingMailbox = """
        from aiosmtpd.handlers import Mailbox

        class RefusingMailbox(Mailbox):
            def __init__(self, maildir, refused_domain):
                super().__init__(maildir)
                self.refused_domain = refused_domain.lower()

            @classmethod
            def from_cli(cls, parser, *args):
                return cls(args[0], args[1])

            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                domain = address.lower().rpartition("@")[2]
                if domain == self.refused_domain:
                    return "550 5.1.1 Mailbox unavailable"
                if domain == "relay." + self.refused_domain:
                    return "554 5.7.1 Relay access denied"
                if domain == "full." + self.refused_domain:
                    return "452 4.2.2 Mailbox full"
                envelope.rcpt_tos.append(address)
                return "250 OK"
        """;
}
