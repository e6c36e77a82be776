using System.Globalization;

namespace DsarPlatform.Web.Development;

/// <summary>
/// Development's clock: real time plus an offset that <c>POST /api/dev/clock/advance</c> grows, so a
/// 14-day wait can be watched in a minute. The offset is kept in the data folder across restarts.
/// </summary>
public sealed class AdjustableTimeProvider : TimeProvider
{
    readonly TimeProvider _inner;
    readonly string _offsetFile;
    readonly Lock _lock = new();
    TimeSpan _offset;

    public AdjustableTimeProvider(TimeProvider inner, string offsetFile)
    {
        _inner = inner;
        _offsetFile = offsetFile;
        if (File.Exists(offsetFile) && TimeSpan.TryParse(File.ReadAllText(offsetFile), CultureInfo.InvariantCulture, out var saved))
        {
            _offset = saved;
        }
    }

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow() + _offset;

    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    public DateTimeOffset Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "The clock only moves forward.");
        lock (_lock)
        {
            _offset += by;
            File.WriteAllText(_offsetFile, _offset.ToString("c", CultureInfo.InvariantCulture));
        }
        return GetUtcNow();
    }
}
