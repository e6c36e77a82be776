namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// The folder exports are written to (<c>ExportDrop</c>), shared with the web host that hands them to
/// the person. A store writes <c>{requestId:N}/{store}.json</c> under it.
/// </summary>
public sealed record ExportDrop(string Path)
{
    public static string RelativePath(Guid requestId, string store) => $"{requestId:N}/{store}.json";
}
