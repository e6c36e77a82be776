using MimeKit;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// The embedded default: each message becomes an .eml file named by its id, so a resend after a
/// crash overwrites the same file instead of adding a second one. A folder needs no session: it is its own.
/// </summary>
public sealed class PickupFolderMailTransport(string folder) : IMailTransport, IMailSession
{
    public string Folder { get; } = folder;

    public bool ResendReplaces => true;

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
        // Rendered in memory, then one write: MimeKit writing to the file itself flushed it in many small asynchronous
        // writes, each a hop through the thread pool (a sixth of the web host's samples in the flow bench).
        using var rendered = new MemoryStream();
        await message.WriteToAsync(rendered, cancellationToken);
        await File.WriteAllBytesAsync(temporary, rendered.GetBuffer().AsMemory(0, (int)rendered.Length), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
