namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// The mail server refused this one message for good (its recipient does not exist, say), as opposed to a failure of
/// the line, of our set-up or a "try later" (4xx), which say nothing about the message and are tried again.
/// </summary>
/// <param name="reason">The status code and error kind only: the server's own text (not kept, not even as the inner exception) can quote the address.</param>
public sealed class MailRefusedException(string reason) : Exception($"The mail server refused the message: {reason}.")
{
    public string Reason { get; } = reason;
}
