using DsarPlatform.Workflows.Notifications;

namespace DsarPlatform.Workflows.Staff;

/// <summary>Tells a member of staff that someone is trying passwords on their account; it names no address and no password.</summary>
static class StaffSignInAlertEmail
{
    public const string Template = "staff-sign-in-alert";

    public static EmailContent Compose(int failures, TimeSpan window, string signInUrl) =>
        new MailBody()
            .Paragraph($"Someone tried to sign in to your DSAR console account and failed at least {failures} times within {(int)window.TotalMinutes} minutes.")
            .Paragraph("Your account is not locked: further tries are slowed down, and you can still sign in with your password.")
            .Paragraph("If this was not you, tell an administrator, and consider changing your password after signing in:")
            .Link(signInUrl, "Staff sign-in")
            .Build("Failed sign-ins to your DSAR console account");
}
