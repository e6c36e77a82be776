namespace DsarPlatform.Web.Api;

public sealed record JournalEntryView(string Step, string Event, string Actor, string Role, DateTime AtUtc, string? Detail);
