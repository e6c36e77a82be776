namespace DsarPlatform.Stores.Hosting;

/// <summary>Retention sweep settings, section <c>Stores:Retention</c>.</summary>
public sealed class RetentionOptions
{
    /// <summary>How often retained items are checked and erased once they may go.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
