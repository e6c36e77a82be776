using NSec.Cryptography;

namespace DsarPlatform.Web.Drp;

/// <summary>Ed25519 through libsodium (NSec): the verify keys of the agent directory and the signatures they check.</summary>
public static class DrpKeys
{
    public const int SignatureLength = 64;
    static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;

    /// <summary>A verify key as the directory holds it: base64 of the 32-byte public key.</summary>
    public static bool IsValidVerifyKey(string? base64) => Import(base64) is not null;

    public static bool Verifies(string verifyKey, ReadOnlySpan<byte> signature, ReadOnlySpan<byte> message) =>
        Import(verifyKey) is { } key && signature.Length == SignatureLength && Ed25519.Verify(key, message, signature);

    static PublicKey? Import(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64)) return null;
        var bytes = new byte[64];
        if (!Convert.TryFromBase64String(base64.Trim(), bytes, out var length) || length != Ed25519.PublicKeySize) return null;
        return PublicKey.TryImport(Ed25519, bytes.AsSpan(0, length), KeyBlobFormat.RawPublicKey, out var key) ? key : null;
    }
}
