namespace DsarPlatform.Web.Development;

public sealed record ClockAdvance(string? By);
