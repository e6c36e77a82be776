using MimeKit;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// The embedded default: each message becomes an .eml file named by its id, so a resend after a
/// crash overwrites the same file instead of adding a second one. A folder needs no session: it is its own.
/// </summary>
public sealed class PickupFolderMailTransport(string folder) : IMailTransport, IMailSession
{
    public string Folder { get; } = folder;

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        return Task.FromResult<IMailSession>(this);
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder, $"{message.Date.UtcDateTime:yyyyMMddTHHmmssfff}-{message.MessageId}.eml");
        // A temporary file of its own: two hosts resending one message at once (a claim that expired under a slow host)
        // each write a whole copy and the last rename wins, where one shared name let a rename take the other's half-written file.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
