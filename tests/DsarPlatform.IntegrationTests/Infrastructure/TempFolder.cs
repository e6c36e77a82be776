namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh folder under the system temp directory, named <c>dsar-it-{purpose}-…</c> so a leftover
/// is easy to trace to the suite; deleting it twice is harmless.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    public const string Prefix = "dsar-it-";

    public TempFolder(string purpose) =>
        Path = Directory.CreateTempSubdirectory($"{Prefix}{purpose}-").FullName;

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        // A server may still be closing files for a moment after its process exits.
        for (var attempt = 0; attempt < 5 && Directory.Exists(Path); attempt++)
        {
            try { Directory.Delete(Path, recursive: true); }
            catch (IOException) { Thread.Sleep(200); }
            catch (UnauthorizedAccessException) { Thread.Sleep(200); }
        }
    }
}
