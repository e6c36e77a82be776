namespace DsarPlatform.Workflows.Runtime;

/// <summary>A named signal from a person (the requester, an agent) with who sent it.</summary>
public sealed record SignalReceived(string Name, string Actor, string Role) : WorkflowEvent(BookmarkKind.Signal, Name);
