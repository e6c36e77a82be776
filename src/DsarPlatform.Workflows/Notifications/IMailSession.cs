using MimeKit;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>An open line to the mail server; each send returns once the server has accepted the message.</summary>
public interface IMailSession : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
