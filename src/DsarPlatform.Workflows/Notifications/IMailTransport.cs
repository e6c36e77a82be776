namespace DsarPlatform.Workflows.Notifications;

/// <summary>Hands finished messages to the outside world: an SMTP server or the pickup folder.</summary>
public interface IMailTransport
{
    /// <summary>Opens a session to send several messages over (one SMTP connection, signed in once).</summary>
    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Sending a message again replaces the first copy (same Message-Id, same file), so a resend cannot duplicate it.</summary>
    bool ResendReplaces => false;
}
