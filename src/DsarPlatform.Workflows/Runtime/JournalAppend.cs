using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>The one way a journal line is written: ids, step, event, who and when; never personal data.</summary>
public static class JournalAppend
{
    public static void Append(this DbSet<JournalEntry> journal, Guid requestId, Guid instanceId, string step, string @event,
        string actor, string role, DateTime atUtc, string? detail = null) =>
        journal.Add(new JournalEntry
        {
            RequestId = requestId, InstanceId = instanceId, AtUtc = atUtc, Step = step,
            Event = @event, Actor = actor, Role = role, Detail = detail,
        });
}
