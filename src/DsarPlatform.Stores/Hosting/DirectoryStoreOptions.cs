namespace DsarPlatform.Stores.Hosting;

/// <summary>Directory settings, section <c>Stores:Directory</c>.</summary>
public sealed class DirectoryStoreOptions
{
    /// <summary>
    /// How long a delisted entry can still be found (search replicas and peers catch up);
    /// the privacy policy promises at most two weeks.
    /// </summary>
    public TimeSpan PropagationDelay { get; set; } = TimeSpan.FromDays(14);
}
