namespace DsarPlatform.Workflows.Status;

/// <summary>One event of a request's history as the requester reads it: the local date and a sentence.</summary>
public sealed record StatusHistoryLine(string Date, string Text);
