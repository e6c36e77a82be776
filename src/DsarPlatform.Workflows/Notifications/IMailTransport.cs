using MimeKit;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>Hands a finished message to the outside world: an SMTP server or the pickup folder.</summary>
public interface IMailTransport
{
    Task SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken);
}
