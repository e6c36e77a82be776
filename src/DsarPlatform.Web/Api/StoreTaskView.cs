using DsarPlatform.Contracts;

namespace DsarPlatform.Web.Api;

public sealed record StoreTaskView(Guid Id, string Store, string Action, string Status, StoreTaskOutcome? Outcome, string? FailureReason);
