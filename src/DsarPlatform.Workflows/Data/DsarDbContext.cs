using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Data.AtRest;
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
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DsarPlatform.Workflows.Data;

/// <summary>
/// The workflow database: requests, instances, timers, journal, outbox and staff accounts, so that one
/// SaveChanges commits a workflow's state with everything it caused. Personal values are sealed at rest with
/// <paramref name="atRestKeys"/> (see <see cref="PersonalData"/>); without them the context refuses to write any.
/// </summary>
public class DsarDbContext(DbContextOptions<DsarDbContext> options, AtRestKeys? atRestKeys = null)
    : IdentityDbContext<StaffUser>(options), IWorkflowDbContext
{
    public AtRestKeys? AtRestKeys => atRestKeys;

    /// <summary>The blind index to compare a <c>&lt;Name&gt;Index</c> column with (exact, case-insensitive match).</summary>
    public string BlindIndex(string value) =>
        (atRestKeys ?? throw new InvalidOperationException("This DsarDbContext has no at-rest keys.")).Index(value);

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
    public DbSet<SignInAttempt> SignInAttempts => Set<SignInAttempt>();
    public DbSet<SignInUsualSource> SignInUsualSources => Set<SignInUsualSource>();
    public DbSet<StaffChange> StaffChanges => Set<StaffChange>();
    public DbSet<RequestNote> RequestNotes => Set<RequestNote>();
    public DbSet<AuditEntry> AuditChain => Set<AuditEntry>();
    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();
    public DbSet<Drp.DrpAgent> DrpAgents => Set<Drp.DrpAgent>();
    public DbSet<Drp.DrpRequest> DrpRequests => Set<Drp.DrpRequest>();
    public DbSet<Drp.DrpCallback> DrpCallbacks => Set<Drp.DrpCallback>();
    public DbSet<Drp.DrpUsedSignature> DrpUsedSignatures => Set<Drp.DrpUsedSignature>();

    /// <summary>The last save queued audit entries that it did not seal itself (the sealer's wake-up signal reads it).</summary>
    public bool QueuedAuditEntries { get; private set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        // Nothing here saves synchronously on the request path; kept in step with the async save all the same.
        using var scan = ScanChangesOnce();
        if (Drp.DrpStatusTracker.TrackAsync(this, CancellationToken.None).GetAwaiter().GetResult()) ChangeTracker.DetectChanges();
        QueueAuditEntries();
        var written = base.SaveChanges(acceptAllChangesOnSuccess);
        _queuedFor.Clear();
        return written;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var scan = ScanChangesOnce();
        if (await Drp.DrpStatusTracker.TrackAsync(this, cancellationToken)) ChangeTracker.DetectChanges();
        QueueAuditEntries();
        try
        {
            int written;
            try
            {
                written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            catch (Exception failure) when (_inlineSeal.Undo(this, failure))
            {
                // Another writer moved the chain's head (another process on the file): these entries wait for the sealer.
                written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            _queuedFor.Clear();
            return written;
        }
        finally
        {
            await _inlineSeal.EndAsync(this);
        }
    }

    readonly AuditInlineSeal _inlineSeal = new();

    /// <summary>Seals the entries this save queued, in the save (<see cref="AuditInlineSealing"/>, in the writer's turn).</summary>
    internal async Task SealQueuedEntriesAsync(CancellationToken cancellationToken) =>
        QueuedAuditEntries = _inlineSeal.HasQueued && !await _inlineSeal.SealAsync(this, cancellationToken);

    /// <summary>
    /// Finds what changed once for the save and its hooks: each <c>Entries()</c> and the save itself would otherwise scan
    /// every tracked entity again (four scans of a few thousand entities in a batch of store answers). The hooks change
    /// entities through the change tracker (Add, property entries), which needs no scan; the DRP tracker sets properties
    /// directly, so a scan follows it when it recorded something.
    /// </summary>
    AutoDetectScope ScanChangesOnce()
    {
        ChangeTracker.DetectChanges();
        return new AutoDetectScope(ChangeTracker);
    }

    readonly struct AutoDetectScope : IDisposable
    {
        readonly ChangeTracker _tracker;
        readonly bool _was;

        public AutoDetectScope(ChangeTracker tracker)
        {
            (_tracker, _was) = (tracker, tracker.AutoDetectChangesEnabled);
            tracker.AutoDetectChangesEnabled = false;
        }

        public void Dispose() => _tracker.AutoDetectChangesEnabled = _was;
    }

    // Every journal row and staff account change joins the chain in the same transaction that writes it; a save retried on
    // the same context queues each source once.
    readonly Dictionary<object, AuditEntry> _queuedFor = new(ReferenceEqualityComparer.Instance);

    void QueueAuditEntries()
    {
        UpdateBlindIndexes();
        var added = ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added && e.Entity is JournalEntry or StaffChange or AuditEntry)
            .Select(e => e.Entity).ToList();
        var entries = added.OfType<AuditEntry>().Where(e => e.Seq is null).ToList();
        foreach (var source in added.Where(e => e is not AuditEntry))
        {
            if (_queuedFor.TryGetValue(source, out var queued) && Entry(queued).State == EntityState.Added) continue;
            var entry = source is JournalEntry journal ? AuditEntries.From(journal) : AuditEntries.From((StaffChange)source);
            AuditChain.Add(entry);
            _queuedFor[source] = entry;
            entries.Add(entry);
        }
        _inlineSeal.Queue(entries);
        QueuedAuditEntries = entries.Count > 0;
    }

    void UpdateBlindIndexes()
    {
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties.Where(p => p.Metadata.HasBlindIndex()
                         && (entry.State == EntityState.Added || p.IsModified)))
            {
                entry.Property(PersonalData.IndexOf(property.Metadata.Name)).CurrentValue =
                    property.CurrentValue is string value ? BlindIndex(value) : null;
            }
        }
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, AtRestModelCacheKeyFactory>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DsarDbContext).Assembly);
        builder.ApplyAtRestSealing(atRestKeys);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
