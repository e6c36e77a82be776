using System.Security.Cryptography;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// Reads the <see cref="PackageCipherFormat"/> and releases each chunk only once its tag checks. A file cut
/// short or extended is detected at its end (the last chunk's flag does not match), after the earlier,
/// authentic chunks were written: a caller that must not send a partial file decrypts to Stream.Null first.
/// </summary>
internal static class PackageDecryptor
{
    const int SealedChunkSize = PackageCipherFormat.ChunkSize + PackageCipherFormat.TagSize;

    public static async Task DecryptAsync(Stream source, Stream destination, byte[] masterKey, CancellationToken cancellationToken)
    {
        var header = new byte[PackageCipherFormat.HeaderSize];
        if (await source.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken) < header.Length)
            throw new CryptographicException("The encrypted package is truncated.");
        using var cipher = PackageCipherFormat.CipherFor(masterKey, header);

        // One byte more than a sealed chunk: whether it arrives tells if the chunk just read is the last.
        var input = new byte[SealedChunkSize + 1];
        var plain = new byte[PackageCipherFormat.ChunkSize];
        var nonce = new byte[12];
        var buffered = 0;
        for (uint index = 0; ; index++)
        {
            buffered += await source.ReadAtLeastAsync(input.AsMemory(buffered), input.Length - buffered, throwOnEndOfStream: false, cancellationToken);
            var isLast = buffered <= SealedChunkSize;
            var sealedLength = isLast ? buffered : SealedChunkSize;
            if (sealedLength < PackageCipherFormat.TagSize) throw new CryptographicException("The encrypted package is truncated.");

            var plainLength = sealedLength - PackageCipherFormat.TagSize;
            PackageCipherFormat.Nonce(header, index, isLast, nonce);
            cipher.Decrypt(nonce, input.AsSpan(0, plainLength), input.AsSpan(plainLength, PackageCipherFormat.TagSize), plain.AsSpan(0, plainLength), header);
            await destination.WriteAsync(plain.AsMemory(0, plainLength), cancellationToken);
            if (isLast) break;

            input[0] = input[SealedChunkSize];
            buffered = 1;
        }
        CryptographicOperations.ZeroMemory(plain);
    }
}
