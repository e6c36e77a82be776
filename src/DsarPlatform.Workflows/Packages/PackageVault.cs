using System.Security.Cryptography;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// Finished access packages at rest: <c>{packagesFolder}/{requestId:N}.zip.enc</c>, encrypted as they are
/// written (see <see cref="PackageCipherFormat"/>), so the ZIP never exists in clear on disk. A package
/// appears only complete: it is written to a temporary file and moved into place.
/// </summary>
public sealed class PackageVault
{
    readonly byte[] _key;
    readonly string _folder;

    public PackageVault(byte[] key, string packagesFolder)
    {
        if (key.Length != PackageCipherFormat.KeySize) throw new ArgumentException($"The key must be {PackageCipherFormat.KeySize} bytes.", nameof(key));
        _key = key;
        _folder = Path.GetFullPath(packagesFolder);
    }

    /// <returns>The path of the encrypted package.</returns>
    public async Task<string> StoreAsync(Guid requestId, Func<Stream, Task> writeZip, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, $"{requestId:N}.zip.enc");
        var temporary = Path.Combine(_folder, $"{requestId:N}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, CreateOptions()))
            {
                await using var encryption = new PackageEncryptionStream(file, _key);
                await writeZip(encryption);
                await encryption.FinishAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
            return path;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Decrypts a package into <paramref name="destination"/> (e.g. a download response).</summary>
    /// <exception cref="CryptographicException">The file was altered, cut short or encrypted with another key.</exception>
    public async Task OpenAsync(string path, Stream destination, CancellationToken cancellationToken = default)
    {
        await using var file = new FileStream(InFolder(path), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await PackageDecryptor.DecryptAsync(file, destination, _key, cancellationToken);
    }

    public void Delete(string path) => File.Delete(InFolder(path));

    /// <summary>The packages on disk and the requests they belong to (for the sweep of closed requests' leftovers).</summary>
    public IEnumerable<(Guid RequestId, string Path)> Stored() =>
        Directory.Exists(_folder)
            ? Directory.EnumerateFiles(_folder, "*.zip.enc").ToList()
                .Select(path => (Guid.TryParseExact(Path.GetFileName(path)[..^".zip.enc".Length], "N", out var id) ? id : Guid.Empty, path))
                .Where(p => p.Item1 != Guid.Empty)
            : [];

    // Paths come back from storage or a request: only files inside the packages folder are ever opened or deleted.
    string InFolder(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.GetDirectoryName(full) == _folder ? full : throw new ArgumentException("The path is not a stored package.", nameof(path));
    }

    static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }
}
