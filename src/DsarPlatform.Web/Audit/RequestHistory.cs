using DsarPlatform.Web.Staff;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;

namespace DsarPlatform.Web.Audit;

/// <summary>
/// One request's whole history as auditors read it (<see cref="RequestHistoryReader"/>): the pinned definition version and
/// the path taken through it, the journal, store tasks, retained items, emails (metadata) and every staff decision.
/// </summary>
public sealed record RequestHistory(
    DsarRequest Request, WorkflowInstance Instance, WorkflowDefinition Definition, StoredDefinition? Stored, DateTime NowUtc,
    IReadOnlyList<StepVisit> Steps, IReadOnlyList<TimelineLine> Timeline, IReadOnlyList<TimelineLine> Decisions,
    IReadOnlyList<StoreTask> Tasks, IReadOnlyList<RetainedRecord> Retained, IReadOnlyList<AuditEmail> Emails)
{
    public WorkflowPolicy Policy => Definition.PolicyFor(Request.RegimeId);
    public string Time(DateTime utc) => StaffTime.Format(utc, Policy);
    public string Spent(StepVisit visit) => visit.Spent(NowUtc) is { } spent ? StepVisit.Words(spent) + (visit.FinishedAtUtc is null ? " so far" : "") : "not reached";
}
