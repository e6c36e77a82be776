using DsarPlatform.Workflows.Notifications;

namespace DsarPlatform.Workflows.Staff;

/// <summary>The invitation a new member of staff gets: a single-use link to choose a password, and until when it works.</summary>
static class StaffInvitationEmail
{
    public const string Template = "staff-invitation";

    public static EmailContent Compose(string link, DateTimeOffset expiresAt, IReadOnlyCollection<string> roles) =>
        new MailBody()
            .Paragraph($"You have been given an account on the DSAR console ({string.Join(", ", roles)}).")
            .Paragraph("Choose your password with this link. It works once, until "
                + expiresAt.UtcDateTime.ToString("d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC:")
            .Link(link, "Choose your password")
            .Paragraph("If you did not expect this, ignore this email; nothing happens until the password is chosen.")
            .Build("Your DSAR console account");
}
