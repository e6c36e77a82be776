namespace DsarPlatform.Web.Security;

/// <summary>
/// Reads a request body up to a cap and then fails with 413, for bodies that do not announce their length
/// (chunked) on servers that cannot enforce a limit themselves (the in-process test server, some proxies).
/// </summary>
sealed class CappedRequestStream(Stream inner, long cap) : Stream
{
    long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    int Count(int read)
    {
        _read += read;
        if (_read > cap) throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
