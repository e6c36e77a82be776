namespace DsarPlatform.Workflows.Packages;

public enum DownloadResult
{
    /// <summary>The code was right: the package can be streamed; the link is used up.</summary>
    Granted,
    WrongCode,
    /// <summary>Too many wrong codes, or the code expired: ask for a new one.</summary>
    CodeUnusable,
    /// <summary>A code was emailed to the address on record.</summary>
    CodeSent,
    /// <summary>The link reached its limit of wrong codes or code emails and is now closed; the requester was emailed.</summary>
    LinkClosed,
    /// <summary>The link is unknown, used or expired (all look alike).</summary>
    LinkUnusable,
}
