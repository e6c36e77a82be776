using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Notifications;

namespace DsarPlatform.Workflows.Requests;

/// <summary>A sent email of a closed request keeps what the record needs (template, subject, dates) and loses its address and bodies.</summary>
internal static class EmailShedding
{
    public static void Shed(DsarDbContext db, OutgoingEmail email)
    {
        var entry = db.Entry(email);
        entry.Property(e => e.To).CurrentValue = "";
        entry.Property(e => e.TextBody).CurrentValue = "";
        entry.Property(e => e.HtmlBody).CurrentValue = "";
    }
}
