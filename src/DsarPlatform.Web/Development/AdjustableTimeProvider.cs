using System.Globalization;

namespace DsarPlatform.Web.Development;

/// <summary>
/// Development's clock: real time plus an offset that <c>POST /api/dev/clock/advance</c> grows, so a
/// 14-day wait can be watched in a minute. The offset lives in a file of the data folder, which every web
/// host of a deployment shares (its keys are there too): an advance made on one host is seen by the others
/// at their next clock read (the file's write time changed), and two advances at once on two hosts add up
/// (read, add and write happen under the file's exclusive lock).
/// </summary>
public sealed class AdjustableTimeProvider : TimeProvider
{
    const int LockAttempts = 200;
    static readonly TimeSpan LockRetryDelay = TimeSpan.FromMilliseconds(5);
    /// <summary>File write times are coarse (a few ms): two writes that close can share one, so a read that soon after a write is not trusted.</summary>
    static readonly TimeSpan WriteTimeGranularity = TimeSpan.FromSeconds(1);

    readonly TimeProvider _inner;
    readonly string _offsetFile;
    readonly Lock _lock = new();
    /// <summary>What the last read found: replaced whole, so a reader outside the lock never sees half of it.</summary>
    volatile Reading _last = new(TimeSpan.Zero, DateTime.MinValue, Settled: false);

    public AdjustableTimeProvider(TimeProvider inner, string offsetFile)
    {
        _inner = inner;
        _offsetFile = offsetFile;
    }

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow() + Offset();

    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    public DateTimeOffset Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "The clock only moves forward.");
        lock (_lock)
        {
            TimeSpan offset;
            using (var file = OpenExclusive())
            {
                offset = (Parse(new StreamReader(file, leaveOpen: true).ReadToEnd()) ?? TimeSpan.Zero) + by;
                file.SetLength(0);
                using (var writer = new StreamWriter(file, leaveOpen: true)) writer.Write(offset.ToString("c", CultureInfo.InvariantCulture));
                file.Flush(flushToDisk: true);
            }
            _last = new Reading(offset, File.GetLastWriteTimeUtc(_offsetFile), Settled: false);
            return _inner.GetUtcNow() + offset;
        }
    }

    /// <summary>
    /// The saved offset, read again when the file's write time moved (another host or this one advanced), or
    /// while the last read was too close to a write for its write time to tell a later write apart.
    /// </summary>
    TimeSpan Offset()
    {
        var written = File.GetLastWriteTimeUtc(_offsetFile); // a missing file gives a fixed date: offset zero
        if (_last is { Settled: true } settled && settled.WriteTimeUtc == written) return settled.Offset;
        lock (_lock)
        {
            if (!File.Exists(_offsetFile))
            {
                _last = new Reading(TimeSpan.Zero, written, Settled: true);
                return TimeSpan.Zero;
            }
            try
            {
                // Shared read: fails while a writer holds the file, and the next read tries again.
                using var file = new FileStream(_offsetFile, FileMode.Open, FileAccess.Read, FileShare.Read);
                if (Parse(new StreamReader(file).ReadToEnd()) is { } saved)
                {
                    // File times are wall-clock times of the file system, not of this (shifted) clock.
                    _last = new Reading(saved, written, TimeProvider.System.GetUtcNow().UtcDateTime - written > WriteTimeGranularity);
                }
            }
            catch (IOException)
            {
            }
            return _last.Offset;
        }
    }

    FileStream OpenExclusive()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(_offsetFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < LockAttempts)
            {
                Thread.Sleep(LockRetryDelay); // another host is advancing: it holds the file for microseconds
            }
        }
    }

    sealed record Reading(TimeSpan Offset, DateTime WriteTimeUtc, bool Settled);

    static TimeSpan? Parse(string text) =>
        text.Length == 0 ? TimeSpan.Zero
        : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var offset) ? offset : null;
}
