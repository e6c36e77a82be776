using DsarPlatform.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// The runtime's tables in the application's one DbContext (the domain's context implements this), so a
/// step's effects and the domain's own changes commit in the same SaveChanges, one transaction.
/// </summary>
public interface IWorkflowDbContext
{
    DbSet<WorkflowInstance> Instances { get; }
    DbSet<WorkflowTimer> Timers { get; }
    DbSet<JournalEntry> Journal { get; }
    DbSet<OutboxMessage> Outbox { get; }
    DbSet<Incident> Incidents { get; }
    DbSet<StoredDefinition> StoredDefinitions { get; }
    ChangeTracker ChangeTracker { get; }
    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
