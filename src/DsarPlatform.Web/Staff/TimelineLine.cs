namespace DsarPlatform.Web.Staff;

/// <summary>One journal line in plain words: when, who (a staff member's name, or "system" / "requester"), in which role, what, and why.</summary>
public sealed record TimelineLine(DateTime AtUtc, string Event, string Who, string Role, string What, string? Why);
