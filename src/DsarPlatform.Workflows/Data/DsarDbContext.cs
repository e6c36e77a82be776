using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Packages;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Staff;
using DsarPlatform.Workflows.StoreTasks;
using DsarPlatform.Workflows.Verification;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Data;

/// <summary>
/// The workflow database: requests, instances, timers, journal, outbox and staff accounts, so that one
/// SaveChanges commits a workflow's state with everything it caused.
/// </summary>
public class DsarDbContext(DbContextOptions<DsarDbContext> options) : IdentityDbContext<StaffUser>(options), IWorkflowDbContext
{
    public DbSet<DsarRequest> Requests => Set<DsarRequest>();
    public DbSet<WorkflowInstance> Instances => Set<WorkflowInstance>();
    public DbSet<WorkflowTimer> Timers => Set<WorkflowTimer>();
    public DbSet<JournalEntry> Journal => Set<JournalEntry>();
    public DbSet<StoreTask> StoreTasks => Set<StoreTask>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<OutgoingEmail> OutgoingEmails => Set<OutgoingEmail>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<AgentNotice> AgentNotices => Set<AgentNotice>();
    public DbSet<AccessPackage> AccessPackages => Set<AccessPackage>();
    public DbSet<RequesterToken> RequesterTokens => Set<RequesterToken>();
    public DbSet<StoredDefinition> StoredDefinitions => Set<StoredDefinition>();
    public DbSet<OneTimeCode> OneTimeCodes => Set<OneTimeCode>();
    public DbSet<IntakeAttempt> IntakeAttempts => Set<IntakeAttempt>();
    public DbSet<StaffChange> StaffChanges => Set<StaffChange>();
    public DbSet<RequestNote> RequestNotes => Set<RequestNote>();
    public DbSet<AuditEntry> AuditChain => Set<AuditEntry>();
    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();

    /// <summary>The last save queued audit entries (the sealer's wake-up signal reads it).</summary>
    public bool QueuedAuditEntries { get; private set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        QueueAuditEntries();
        var written = base.SaveChanges(acceptAllChangesOnSuccess);
        _queuedFor.Clear();
        return written;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        QueueAuditEntries();
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        _queuedFor.Clear();
        return written;
    }

    // Every journal row and staff account change joins the chain in the same transaction that writes it; a save retried on
    // the same context queues each source once.
    readonly Dictionary<object, AuditEntry> _queuedFor = new(ReferenceEqualityComparer.Instance);

    void QueueAuditEntries()
    {
        var added = ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added && e.Entity is JournalEntry or StaffChange or AuditEntry)
            .Select(e => e.Entity).ToList();
        foreach (var source in added.Where(e => e is not AuditEntry))
        {
            if (_queuedFor.TryGetValue(source, out var queued) && Entry(queued).State == EntityState.Added) continue;
            var entry = source is JournalEntry journal ? AuditEntries.From(journal) : AuditEntries.From((StaffChange)source);
            AuditChain.Add(entry);
            _queuedFor[source] = entry;
        }
        QueuedAuditEntries = added.Count > 0;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DsarDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
