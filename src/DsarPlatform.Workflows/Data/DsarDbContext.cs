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
