using MailKit.Net.Smtp;
using MailKit.Security;
using DsarPlatform.Workflows.Notifications;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Web.Hosting;

/// <summary>
/// The mail server greets us (connect, and STARTTLS when configured, then quit): the outbox of emails can drain. Nothing is
/// sent and no credentials are tried, so a probe every few seconds costs the server one short connection.
/// </summary>
public sealed class SmtpHealthCheck(IOptions<EmailOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(5).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.SmtpHost ?? "", settings.SmtpPort,
                settings.SmtpUseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The status only: the probe's answer and the log never carry the server's words.
            return new HealthCheckResult(context.Registration.FailureStatus);
        }
    }
}
