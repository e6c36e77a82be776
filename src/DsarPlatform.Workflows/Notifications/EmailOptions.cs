namespace DsarPlatform.Workflows.Notifications;

/// <summary>Section <c>Email</c>: sender, links' base address, and SMTP (the pickup folder when no host is set).</summary>
public sealed class EmailOptions
{
    public string From { get; set; } = "Privacy Team <privacy@dsar.local>";
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public bool SmtpUseTls { get; set; }
}
