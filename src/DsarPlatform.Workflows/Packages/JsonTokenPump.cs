using System.Buffers;
using System.Text.Json;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// Reads a JSON file forward-only in small chunks, so a 150 MB export never sits in memory: only the
/// current chunk (and, for an unusually long single value, a buffer grown to hold it) does.
/// </summary>
internal static class JsonTokenPump
{
    const int ChunkSize = 64 * 1024;

    public static async Task RunAsync(string path, IJsonTokenHandler handler, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1,
            FileOptions.Asynchronous | FileOptions.SequentialScan);
        await RunAsync(file, handler, cancellationToken);
    }

    public static async Task RunAsync(Stream source, IJsonTokenHandler handler, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var state = new JsonReaderState();
        var filled = 0;
        try
        {
            while (true)
            {
                // A token longer than the buffer leaves it full and unconsumed: grow it rather than read nothing.
                if (filled == buffer.Length) buffer = Grow(buffer, filled);
                var read = await source.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                filled += read;
                var isFinalBlock = read == 0;
                var consumed = Process(buffer.AsSpan(0, filled), isFinalBlock, ref state, handler);
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
                await handler.FlushAsync(cancellationToken);
                if (isFinalBlock) return;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    static int Process(ReadOnlySpan<byte> data, bool isFinalBlock, ref JsonReaderState state, IJsonTokenHandler handler)
    {
        var reader = new Utf8JsonReader(data, isFinalBlock, state);
        while (reader.Read()) handler.OnToken(ref reader);
        state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    static byte[] Grow(byte[] buffer, int filled)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, filled).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
