using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Web.Audit;

/// <summary>One request in the auditors' results: ids, codes and dates only, never who it is about.</summary>
public sealed record AuditRow(
    string Reference, RequestType Type, string Channel, InstanceStatus Status, DateTime ReceivedAtUtc, DateTime? ClosedAtUtc,
    RequestOutcome? Outcome, string DefinitionId, int DefinitionVersion);
