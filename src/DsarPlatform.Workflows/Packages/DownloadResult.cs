namespace DsarPlatform.Workflows.Packages;

public enum DownloadResult
{
    /// <summary>The code was right: the package can be streamed; the link is used up.</summary>
    Granted,
    WrongCode,
    /// <summary>Too many wrong codes, or the code expired: ask for a new one.</summary>
    CodeUnusable,
    /// <summary>The link is unknown, used or expired (all look alike).</summary>
    LinkUnusable,
}
