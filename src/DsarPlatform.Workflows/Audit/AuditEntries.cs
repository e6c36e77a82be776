using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Audit;

/// <summary>The ways a pending audit entry is made: from a journal row, a staff account change, or a named event.</summary>
public static class AuditEntries
{
    public static AuditEntry From(JournalEntry j) => new()
    {
        Kind = AuditKinds.Journal, RequestId = j.RequestId, Journal = j, AtUtc = j.AtUtc, Actor = j.Actor, Role = j.Role,
        Step = j.Step, Event = j.Event, Detail = j.Detail,
    };

    public static AuditEntry From(StaffChange c) => new()
    {
        Kind = AuditKinds.StaffChange, AtUtc = c.AtUtc, Actor = c.ActorUserId ?? "", Role = c.ActorRole ?? "",
        Event = c.Event.ToString(), Detail = $"target={c.TargetUserId}" + (c.Detail is null ? "" : $"; {c.Detail}"),
    };

    /// <summary>Queues an entry in the context's unit of work; the caller saves.</summary>
    public static void Record(this DbSet<AuditEntry> chain, string kind, string @event, string actor, string role, DateTime atUtc,
        Guid? requestId = null, string? detail = null) =>
        chain.Add(new AuditEntry { Kind = kind, Event = @event, Actor = actor, Role = role, AtUtc = atUtc, RequestId = requestId, Detail = detail });
}
