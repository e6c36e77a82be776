using System.Collections.Concurrent;
using DsarPlatform.Workflows.Notifications;
using MimeKit;

namespace DsarPlatform.Tests.Notifications;

/// <summary>
/// A mail server as the dispatcher sees it: it records the Message-Id of every message it accepts and the sessions
/// opened, and can refuse the n-th message (a server or connection failing mid-batch).
/// </summary>
public sealed class RecordingMailTransport(int failOnMessage = 0) : IMailTransport
{
    readonly int failOnMessage = failOnMessage;
    int attempts;
    int sessionsOpened;

    public ConcurrentQueue<string> Accepted { get; } = new();
    public int SessionsOpened => Volatile.Read(ref sessionsOpened);

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref sessionsOpened);
        return Task.FromResult<IMailSession>(new Session(this));
    }

    sealed class Session(RecordingMailTransport server) : IMailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            await Task.Yield(); // a send takes a while: let another dispatcher run meanwhile
            if (Interlocked.Increment(ref server.attempts) == server.failOnMessage)
                throw new IOException("The mail server closed the connection.");
            server.Accepted.Enqueue(message.MessageId ?? "");
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
