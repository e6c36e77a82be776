using System.Security.Cryptography;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// Write-only stream that encrypts in <see cref="PackageCipherFormat"/> chunks as data arrives, so a large
/// package never sits whole in memory or in clear on disk. A full chunk is only sealed once more data
/// follows, because the last chunk must carry the last-chunk flag; <see cref="FinishAsync"/> seals it.
/// </summary>
internal sealed class PackageEncryptionStream : Stream
{
    readonly Stream _inner;
    readonly byte[] _header = PackageCipherFormat.NewHeader();
    readonly AesGcm _cipher;
    readonly byte[] _plain = new byte[PackageCipherFormat.ChunkSize];
    readonly byte[] _sealed = new byte[PackageCipherFormat.ChunkSize + PackageCipherFormat.TagSize];
    int _filled;
    uint _chunkIndex;
    bool _headerWritten, _finished;
    long _position;

    public PackageEncryptionStream(Stream inner, byte[] masterKey)
    {
        _inner = inner;
        _cipher = PackageCipherFormat.CipherFor(masterKey, _header);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => !_finished;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_filled == _plain.Length) _inner.Write(Seal(isLast: false).Span);
            buffer = buffer[Fill(buffer)..];
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            if (_filled == _plain.Length) await _inner.WriteAsync(Seal(isLast: false), cancellationToken);
            buffer = buffer[Fill(buffer.Span)..];
        }
    }

    /// <summary>Seals the last chunk. Without it the file is incomplete and will not decrypt.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        await _inner.WriteAsync(Seal(isLast: true), cancellationToken);
        _finished = true;
        await _inner.FlushAsync(cancellationToken);
    }

    public override void Flush() { } // chunks are sealed only when full or finished
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _cipher.Dispose();
            CryptographicOperations.ZeroMemory(_plain);
        }
        base.Dispose(disposing);
    }

    int Fill(ReadOnlySpan<byte> data)
    {
        if (_finished) throw new InvalidOperationException("The package is already sealed.");
        var count = Math.Min(data.Length, _plain.Length - _filled);
        data[..count].CopyTo(_plain.AsSpan(_filled));
        _filled += count;
        _position += count;
        return count;
    }

    // Returns the bytes to write next: the header before the first chunk, then the sealed chunk.
    ReadOnlyMemory<byte> Seal(bool isLast)
    {
        if (!_headerWritten)
        {
            _headerWritten = true;
            var first = new byte[_header.Length + _filled + PackageCipherFormat.TagSize];
            _header.CopyTo(first, 0);
            SealInto(first.AsSpan(_header.Length), isLast);
            return first;
        }
        var length = SealInto(_sealed, isLast);
        return _sealed.AsMemory(0, length);
    }

    int SealInto(Span<byte> output, bool isLast)
    {
        if (_chunkIndex == uint.MaxValue) throw new InvalidOperationException("The package is too large to encrypt.");
        Span<byte> nonce = stackalloc byte[12];
        PackageCipherFormat.Nonce(_header, _chunkIndex++, isLast, nonce);
        var plain = _plain.AsSpan(0, _filled);
        _cipher.Encrypt(nonce, plain, output[..plain.Length], output.Slice(plain.Length, PackageCipherFormat.TagSize), _header);
        var length = plain.Length + PackageCipherFormat.TagSize;
        _filled = 0;
        return length;
    }
}
