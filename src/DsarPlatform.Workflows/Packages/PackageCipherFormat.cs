using System.Buffers.Binary;
using System.Security.Cryptography;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// The encrypted package format: header = magic "DSARPKG" + version 1, a 32-byte random salt and a 7-byte
/// random nonce prefix; then chunks of 64 KiB plaintext, each AES-256-GCM ciphertext + 16-byte tag.
/// Each file has its own key (HKDF-SHA256 of the master key and the salt), so nonces never repeat across
/// files. A chunk's nonce is prefix ‖ chunk index ‖ last-chunk flag and its associated data is the header:
/// reordering, dropping, appending or truncating chunks, or altering the header, fails authentication.
/// </summary>
internal static class PackageCipherFormat
{
    public const int ChunkSize = 64 * 1024;
    public const int TagSize = 16;
    public const int KeySize = 32;
    const int SaltSize = 32;
    const int PrefixSize = 7;
    public const int HeaderSize = 8 + SaltSize + PrefixSize;
    static ReadOnlySpan<byte> Magic => "DSARPKG\u0001"u8;
    static ReadOnlySpan<byte> KeyInfo => "DsarPlatform access package v1"u8;

    public static byte[] NewHeader()
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header);
        RandomNumberGenerator.Fill(header.AsSpan(Magic.Length));
        return header;
    }

    /// <exception cref="CryptographicException">Not a package, or a version this code does not know.</exception>
    public static AesGcm CipherFor(byte[] masterKey, ReadOnlySpan<byte> header)
    {
        if (header.Length != HeaderSize || !header[..Magic.Length].SequenceEqual(Magic))
            throw new CryptographicException("The file is not an encrypted access package.");
        Span<byte> fileKey = stackalloc byte[KeySize];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, fileKey, header.Slice(Magic.Length, SaltSize), KeyInfo);
        var cipher = new AesGcm(fileKey, TagSize);
        CryptographicOperations.ZeroMemory(fileKey);
        return cipher;
    }

    public static void Nonce(ReadOnlySpan<byte> header, uint chunkIndex, bool isLast, Span<byte> nonce)
    {
        header[^PrefixSize..].CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[PrefixSize..], chunkIndex);
        nonce[^1] = isLast ? (byte)1 : (byte)0;
    }
}
