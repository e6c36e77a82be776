using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>Sends through the configured SMTP server: one connection and sign-in per session, however many messages.</summary>
public sealed class SmtpMailTransport(IOptions<EmailOptions> options) : IMailTransport
{
    public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost is not set."), settings.SmtpPort,
                settings.SmtpUseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (settings.SmtpUser is { Length: > 0 })
            {
                await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
            }
            return new Session(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    sealed class Session(SmtpClient client) : IMailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken) => await client.SendAsync(message, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                // QUIT politely when the line still works; a broken one is just closed.
                if (client.IsConnected) await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException or OperationCanceledException)
            {
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}
