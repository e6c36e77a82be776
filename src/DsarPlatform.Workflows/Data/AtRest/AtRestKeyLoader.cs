using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace DsarPlatform.Workflows.Data.AtRest;

/// <summary>
/// Loads the at-rest keys: <c>AtRest:Key</c>, <c>AtRest:IndexKey</c> (base64, 32 bytes each) and <c>AtRest:OldKeys</c>
/// (base64 keys, comma-separated) in production; otherwise files under the data folder's <c>keys</c> folder, created
/// once readable by the app's user only: <c>at-rest.key</c>, <c>at-rest-index.key</c>, and any
/// <c>at-rest.&lt;anything&gt;.key</c> as an older key (rotation: rename <c>at-rest.key</c> to one, restart).
/// </summary>
public static class AtRestKeyLoader
{
    public static AtRestKeys Load(IConfiguration configuration, string dataFolder)
    {
        var folder = Path.Combine(dataFolder, "keys");
        var current = Configured(configuration, "AtRest:Key") ?? FromFile(Path.Combine(folder, "at-rest.key"));
        var index = Configured(configuration, "AtRest:IndexKey") ?? FromFile(Path.Combine(folder, "at-rest-index.key"));
        var older = (configuration["AtRest:OldKeys"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => Decode(k, "AtRest:OldKeys")).ToList();
        if (Directory.Exists(folder))
            older.AddRange(Directory.GetFiles(folder, "at-rest.*.key").Order(StringComparer.Ordinal).Select(File.ReadAllBytes));
        return new AtRestKeys(current, older, index);
    }

    static byte[]? Configured(IConfiguration configuration, string name) =>
        configuration[name] is { Length: > 0 } value ? Decode(value, name) : null;

    static byte[] Decode(string base64, string name)
    {
        var key = new byte[33];
        return Convert.TryFromBase64String(base64, key, out var length) && length == 32 ? key[..32]
            : throw new InvalidOperationException($"{name} must hold 32-byte keys in base64.");
    }

    static byte[] FromFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var file = new FileStream(path, options);
            file.Write(RandomNumberGenerator.GetBytes(32));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: every process must use that one.
        }
        for (var attempt = 0; ; attempt++)
        {
            var key = File.ReadAllBytes(path);
            if (key.Length == 32) return key;
            if (attempt == 50) throw new InvalidOperationException($"{path} does not hold a 32-byte key.");
            Thread.Sleep(20); // the creator is still writing it
        }
    }
}
