namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// The mail server refused this one message's recipient: for good (the mailbox does not exist, say) or, when
/// <see cref="Temporary"/>, for now (a full mailbox, greylisting: a 4xx). Either says nothing about the other messages, as
/// opposed to a failure of the line or of our set-up, which fails the round and is tried again.
/// </summary>
/// <param name="reason">The status code and error kind only: the server's own text (not kept, not even as the inner exception) can quote the address.</param>
public sealed class MailRefusedException(string reason, bool temporary = false) : Exception($"The mail server refused the message: {reason}.")
{
    public string Reason { get; } = reason;
    public bool Temporary { get; } = temporary;
}
