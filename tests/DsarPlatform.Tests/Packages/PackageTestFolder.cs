using System.IO.Compression;
using System.Security.Cryptography;
using DsarPlatform.Workflows.Packages;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Tests.Packages;

/// <summary>A temporary export drop and packages folder, with the builder and a vault on a fresh key.</summary>
sealed class PackageTestFolder : IDisposable
{
    public static readonly AccessPackageRequest Request = new("DSR-7K2M9QX4TB", "Chloé <b>Dupont</b>",
        new DateTime(2026, 11, 2, 17, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc), []);

    public PackageTestFolder()
    {
        Root = Directory.CreateTempSubdirectory("dsar-packages-").FullName;
        Exports = Directory.CreateDirectory(Path.Combine(Root, "exports")).FullName;
        Vault = new PackageVault(RandomNumberGenerator.GetBytes(32), Path.Combine(Root, "packages"));
    }

    public string Root { get; }
    public string Exports { get; }
    public PackageVault Vault { get; }
    public AccessPackageBuilder Builder { get; } = new(Options.Create(new AccessReportOptions()));

    public Task<string> StorePackageAsync(Guid requestId, params string[] exportFiles) =>
        Vault.StoreAsync(requestId, zip => Builder.BuildAsync(Request with { ExportFiles = exportFiles }, zip));

    public async Task<ZipArchive> OpenPackageAsync(string path)
    {
        var clear = new MemoryStream();
        await Vault.OpenAsync(path, clear);
        clear.Position = 0;
        return new ZipArchive(clear, ZipArchiveMode.Read);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
