using DsarPlatform.Stores.Billing.Configurations;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.Billing;

/// <summary>The billing store's database (SQLite file <c>billing</c>).</summary>
public class BillingDbContext : StoreDbContext
{
    public BillingDbContext(DbContextOptions<BillingDbContext> options) : base(options)
    {
    }

    /// <summary>For provider subclasses, whose options name their own type.</summary>
    protected BillingDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<BillingAccount> Accounts => Set<BillingAccount>();
    public DbSet<PaymentInstrument> PaymentInstruments => Set<PaymentInstrument>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<CallRecord> CallRecords => Set<CallRecord>();
    public DbSet<DirectMarketingDisclosure> MarketingDisclosures => Set<DirectMarketingDisclosure>();
    public DbSet<RetentionLedgerEntry> RetentionLedger => Set<RetentionLedgerEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new BillingAccountConfiguration());
        modelBuilder.ApplyConfiguration(new PaymentInstrumentConfiguration());
        modelBuilder.ApplyConfiguration(new OrderConfiguration());
        modelBuilder.ApplyConfiguration(new InvoiceConfiguration());
        modelBuilder.ApplyConfiguration(new CallRecordConfiguration());
        modelBuilder.ApplyConfiguration(new DirectMarketingDisclosureConfiguration());
        modelBuilder.ApplyConfiguration(new RetentionLedgerEntryConfiguration());
    }
}
