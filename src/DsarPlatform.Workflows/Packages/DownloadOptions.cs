namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// <c>Downloads</c>: the bounds on one download link, whatever number of codes is asked for. Each code still locks after
/// its own wrong tries (<c>Security:OneTimeCodes</c>); these caps stop "send me a new code" from adding fresh tries.
/// </summary>
public sealed class DownloadOptions
{
    /// <summary>Wrong codes a link takes in total before it is closed: the chance to guess a 6-digit code is this in a million.</summary>
    public int GuessesPerLink { get; set; } = 10;

    /// <summary>Code emails one link may send; asking for one more closes the link.</summary>
    public int CodeEmailsPerLink { get; set; } = 5;
}
