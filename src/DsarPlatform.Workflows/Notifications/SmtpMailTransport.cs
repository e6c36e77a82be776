using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>Sends through the configured SMTP server, one connection per batch.</summary>
public sealed class SmtpMailTransport(IOptions<EmailOptions> options) : IMailTransport
{
    public async Task SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost is not set."), settings.SmtpPort,
            settings.SmtpUseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (settings.SmtpUser is { Length: > 0 })
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        }
        foreach (var message in messages)
        {
            await client.SendAsync(message, cancellationToken);
        }
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
