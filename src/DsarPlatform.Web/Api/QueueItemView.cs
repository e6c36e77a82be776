using DsarPlatform.Web.Queue;
using DsarPlatform.Workflows.Staff;
using DsarPlatform.Workflows.Requests;

namespace DsarPlatform.Web.Api;

/// <summary>One queue row as integrations read it: the words the filters take (type, status, verification, outcome).</summary>
public sealed record QueueItemView(
    string Reference, string Type, string Status, string CurrentStep, string WaitingFor, string Verification,
    string? AssigneeId, string? Assignee, DateTime DueAtUtc, int DaysLeft, bool Overdue, bool Paused, bool Incident,
    bool NeedsAction, string Channel, string? AccountId, DateTime? ClosedAtUtc, string? Outcome)
{
    public static QueueItemView From(QueueRow row) => new(
        row.Reference, row.Type.Key(), QueueQuery.Word(row.Status), row.CurrentStep, row.WaitingFor, QueueQuery.Word(row.Verification),
        row.AssigneeId, row.AssigneeEmail, row.DueAtUtc, row.DaysLeft, row.Overdue, row.Paused, row.OpenIncident,
        row.NeedsAction, row.Channel, row.AccountId, row.ClosedAtUtc, row.Outcome is { } outcome ? QueueQuery.Word(outcome) : null);
}
