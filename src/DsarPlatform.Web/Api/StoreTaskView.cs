using DsarPlatform.Contracts;

namespace DsarPlatform.Web.Api;

public sealed record StoreTaskView(Guid Id, string Store, string Action, string Status, int Attempts, StoreTaskOutcome? Outcome, string? FailureReason);
