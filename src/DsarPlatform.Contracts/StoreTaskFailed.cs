namespace DsarPlatform.Contracts;

/// <summary>A store gave up on a task. The reason names the cause, never personal data.</summary>
public sealed record StoreTaskFailed(Guid TaskId, Guid RequestId, string Store, string Action, string Reason);
