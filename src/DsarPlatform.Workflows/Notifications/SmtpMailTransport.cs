using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// Sends through the configured SMTP server: one connection and sign-in per session, however many messages. A recipient
/// the server refuses, for good or for now, is a <see cref="MailRefusedException"/>.
/// </summary>
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
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            try
            {
                await client.SendAsync(message, cancellationToken);
            }
            catch (SmtpCommandException refused) when (IsRecipientRefused(refused))
            {
                throw new MailRefusedException($"{(int)refused.StatusCode} {refused.ErrorCode}");
            }
            catch (SmtpCommandException putOff) when (IsRecipientPutOff(putOff))
            {
                throw new MailRefusedException($"{(int)putOff.StatusCode} {putOff.ErrorCode}", temporary: true);
            }
        }

        /// <summary>
        /// The recipient alone refused for good: a 5xx to RCPT TO with an addressing code (5.1.x: no such mailbox or
        /// domain, bad syntax) or, without an enhanced code, 550/551/553 that is not about relaying. A refused sender, a
        /// relay or policy refusal (5.7.x) is the server's or our set-up's problem, true for every email: those stay failures
        /// of the round, tried again, so a misconfigured server never marks the whole queue refused.
        /// </summary>
        static bool IsRecipientRefused(SmtpCommandException refused)
        {
            if (refused.ErrorCode != SmtpErrorCode.RecipientNotAccepted || (int)refused.StatusCode < 500) return false;
            var text = refused.Message.TrimStart();
            if (text.StartsWith("5.1.", StringComparison.Ordinal)) return true;
            var enhanced = text.Length > 1 && char.IsDigit(text[0]) && text[1] == '.';
            return !enhanced && (int)refused.StatusCode is 550 or 551 or 553 && !text.Contains("relay", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// The recipient alone put off: a 4xx to RCPT TO (a full mailbox, greylisting). 421 closes the line: the round's failure.
        /// </summary>
        static bool IsRecipientPutOff(SmtpCommandException putOff) =>
            putOff.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)putOff.StatusCode is >= 400 and < 500 and not 421;

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
