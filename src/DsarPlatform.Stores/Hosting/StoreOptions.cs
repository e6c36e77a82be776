using DsarPlatform.Contracts;
using DsarPlatform.Hosting;
using Microsoft.Extensions.Configuration;

namespace DsarPlatform.Stores.Hosting;

/// <summary>
/// Settings of the reference stores, section <c>Stores</c>. Defaults live here, not in an
/// appsettings file, because this project is also referenced by the web host.
/// </summary>
public sealed class StoreOptions
{
    public const string SectionName = "Stores";

    /// <summary>Comma-separated store names (<see cref="StoreNames"/>) this process hosts; default all four.</summary>
    public string Enabled { get; set; } = string.Join(',', StoreNames.All);

    /// <summary>Seed the demo customers even outside Development.</summary>
    public bool SeedDemoData { get; set; }

    public BillingStoreOptions Billing { get; set; } = new();
    public DirectoryStoreOptions Directory { get; set; } = new();
    public ImHistoryStoreOptions ImHistory { get; set; } = new();
    public RetentionOptions Retention { get; set; } = new();

    /// <summary>The engine of the stores' databases (validated at start; see <c>AddStoreDbContext</c>).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public IReadOnlyList<string> EnabledStores()
    {
        var names = EnabledNames();
        var unknown = UnknownStores();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"Stores:Enabled names unknown stores ({string.Join(", ", unknown)}); known: {string.Join(", ", StoreNames.All)}.");
        return names;
    }

    /// <summary>Names in <see cref="Enabled"/> that are not stores.</summary>
    public IReadOnlyList<string> UnknownStores() => EnabledNames().Except(StoreNames.All).ToList();

    List<string> EnabledNames() =>
        Enabled.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => name.ToLowerInvariant())
            .Distinct()
            .ToList();

    public static StoreOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<StoreOptions>() ?? new StoreOptions();
}
