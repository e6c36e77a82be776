using System.Text.RegularExpressions;
using DsarPlatform.Workflows.Notifications;
using MimeKit;

namespace DsarPlatform.Web.Development;

/// <summary>Reads the .eml files of the pickup folder, newest first.</summary>
public sealed partial class DevMailbox(IMailTransport transport)
{
    public async Task<IReadOnlyList<CapturedEmail>> ReadAsync(CancellationToken cancellationToken)
    {
        if (transport is not PickupFolderMailTransport pickup || !Directory.Exists(pickup.Folder)) return [];
        var emails = new List<CapturedEmail>();
        foreach (var file in Directory.GetFiles(pickup.Folder, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file, cancellationToken);
            var text = message.TextBody ?? "";
            emails.Add(new CapturedEmail(Path.GetFileNameWithoutExtension(file), string.Join(", ", message.To.Mailboxes.Select(m => m.Address)),
                message.Subject ?? "", message.Date.UtcDateTime, Links().Matches(text).Select(m => m.Value).Distinct().ToList(), text));
        }
        return emails.OrderByDescending(e => e.ReceivedAtUtc).ThenByDescending(e => e.Id).ToList();
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Links();
}
