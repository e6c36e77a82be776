using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// The master key packages are encrypted with: <c>Packages:Key</c> (base64, 32 bytes) in production;
/// otherwise <c>package.key</c> in the data folder, created once (readable by its owner only), so the
/// embedded default needs no set-up. Losing the key makes stored packages unreadable: they can be rebuilt.
/// </summary>
public static class PackageKey
{
    public const string ConfigurationKey = "Packages:Key";
    const string FileName = "package.key";

    public static byte[] Load(IConfiguration configuration, string dataFolder)
    {
        if (configuration[ConfigurationKey] is { Length: > 0 } configured)
        {
            var key = Convert.FromBase64String(configured);
            return key.Length == PackageCipherFormat.KeySize ? key
                : throw new InvalidOperationException($"{ConfigurationKey} must be the base64 of {PackageCipherFormat.KeySize} bytes.");
        }

        Directory.CreateDirectory(dataFolder);
        var path = Path.Combine(dataFolder, FileName);
        TryCreate(path);
        for (var attempt = 0; ; attempt++)
        {
            var key = File.ReadAllBytes(path);
            if (key.Length == PackageCipherFormat.KeySize) return key;
            if (attempt == 50) throw new InvalidOperationException($"{path} does not hold a {PackageCipherFormat.KeySize}-byte key.");
            Thread.Sleep(20); // another process created the file and is still writing it
        }
    }

    static void TryCreate(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var file = new FileStream(path, options);
            file.Write(RandomNumberGenerator.GetBytes(PackageCipherFormat.KeySize));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Created by another process first: every process must use that one.
        }
    }
}
