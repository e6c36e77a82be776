namespace DsarPlatform.Stores.Hosting;

/// <summary>IM history settings, section <c>Stores:ImHistory</c>.</summary>
public sealed class ImHistoryStoreOptions
{
    /// <summary>Messages older than this are deleted; the privacy policy promises at most 30 days.</summary>
    public TimeSpan MaxMessageAge { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows per delete statement: short write locks, so tasks are not blocked behind a huge purge.</summary>
    public int PurgeBatchSize { get; set; } = 20_000;
}
