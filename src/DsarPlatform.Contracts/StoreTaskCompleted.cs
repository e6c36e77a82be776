namespace DsarPlatform.Contracts;

/// <summary>A store finished a task. Sent again, unchanged, when the same task is delivered again.</summary>
public sealed record StoreTaskCompleted(Guid TaskId, Guid RequestId, string Store, string Action, StoreTaskOutcome Outcome);
