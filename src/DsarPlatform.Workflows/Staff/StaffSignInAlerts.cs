using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Data.AtRest;
using DsarPlatform.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Staff;

/// <summary>
/// Emails a member of staff whose account collects failed sign-ins, once per window: the outgoing mail itself is the
/// record of the last alert, so the rule holds across restarts and hosts.
/// </summary>
public sealed class StaffSignInAlerts(DsarDbContext db, TimeProvider clock, IOptions<EmailOptions> emailOptions)
{
    /// <returns>False when the account is gone or was alerted within the window already.</returns>
    public async Task<bool> AlertAsync(string userId, int failures, TimeSpan window, CancellationToken ct)
    {
        if (await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct) is not { Email: { } email }) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - window;
        // The address is sealed at rest: it is found by its blind index.
        var to = db.BlindIndex(email);
        var toIndex = PersonalData.IndexOf(nameof(OutgoingEmail.To));
        if (await db.OutgoingEmails.AnyAsync(m => EF.Property<string?>(m, toIndex) == to && m.Template == StaffSignInAlertEmail.Template && m.CreatedAtUtc > since, ct)) return false;
        var signInUrl = emailOptions.Value.PublicBaseUrl.TrimEnd('/') + "/Account/Login";
        MailQueue.AddStaffEmail(db, email, StaffSignInAlertEmail.Template, StaffSignInAlertEmail.Compose(failures, window, signInUrl), now);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
