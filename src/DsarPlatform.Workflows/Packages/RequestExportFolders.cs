using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Packages;

/// <summary>The stores' export files of one request: a folder named by the request's id in the export drop.</summary>
public sealed class RequestExportFolders(WorkflowPaths paths)
{
    public string FolderOf(Guid requestId) => Path.Combine(paths.ExportDrop, requestId.ToString("N"));

    public int CountOf(Guid requestId) => Directory.Exists(FolderOf(requestId)) ? Directory.GetFiles(FolderOf(requestId)).Length : 0;

    /// <summary>Deletes the request's export folder; one already gone is fine.</summary>
    public void DeleteOf(Guid requestId)
    {
        try
        {
            Directory.Delete(FolderOf(requestId), recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>The ids of the requests that have an export folder.</summary>
    public IEnumerable<Guid> RequestsWithFolders() =>
        Directory.Exists(paths.ExportDrop)
            ? Directory.EnumerateDirectories(paths.ExportDrop).Select(Path.GetFileName)
                .Select(name => Guid.TryParseExact(name, "N", out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList()
            : [];
}
