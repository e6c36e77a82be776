using MimeKit;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// The embedded default: each message becomes an .eml file named by its id, so a resend after a
/// crash overwrites the same file instead of adding a second one.
/// </summary>
public sealed class PickupFolderMailTransport(string folder) : IMailTransport
{
    public string Folder { get; } = folder;

    public async Task SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        foreach (var message in messages)
        {
            var path = Path.Combine(Folder, $"{message.Date.UtcDateTime:yyyyMMddTHHmmssfff}-{message.MessageId}.eml");
            var temporary = path + ".tmp";
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
    }
}
