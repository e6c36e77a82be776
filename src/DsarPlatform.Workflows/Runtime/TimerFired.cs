namespace DsarPlatform.Workflows.Runtime;

public sealed record TimerFired(Guid TimerId) : WorkflowEvent(BookmarkKind.Timer, TimerId.ToString());
