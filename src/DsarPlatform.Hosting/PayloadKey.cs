using System.Security.Cryptography;
using DsarPlatform.Contracts;
using Microsoft.Extensions.Configuration;

namespace DsarPlatform.Hosting;

/// <summary>
/// The key both hosts seal message payloads with: <c>Bus:PayloadKey</c> (base64, 32 bytes) in production;
/// otherwise a key file created once in the shared data folder, so the embedded default and local
/// multi-process runs need no set-up.
/// </summary>
public static class PayloadKey
{
    public static PayloadSeal Load(IConfiguration configuration)
    {
        if (configuration["Bus:PayloadKey"] is { Length: > 0 } configured)
        {
            return IsKey(configured)
                ? new PayloadSeal(Convert.FromBase64String(configured))
                : throw new InvalidOperationException("Bus:PayloadKey must be 32 bytes in base64.");
        }

        var path = Path.Combine(DataFolder.Resolve(configuration), "payload.key");
        try
        {
            // Readable by the app's own user only, like package.key.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var file = new FileStream(path, options);
            file.Write(RandomNumberGenerator.GetBytes(32));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
        }
        for (var attempt = 0; ; attempt++)
        {
            var key = File.ReadAllBytes(path);
            if (key.Length == 32) return new PayloadSeal(key);
            if (attempt == 50) throw new InvalidOperationException($"{path} does not hold a 32-byte key.");
            Thread.Sleep(20); // the creator is still writing it
        }
    }

    /// <summary>Whether <paramref name="base64"/> is a 32-byte key in base64.</summary>
    public static bool IsKey(string base64)
    {
        Span<byte> key = stackalloc byte[33];
        return Convert.TryFromBase64String(base64, key, out var length) && length == 32;
    }
}
