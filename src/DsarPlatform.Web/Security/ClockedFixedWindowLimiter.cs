using System.Threading.RateLimiting;

namespace DsarPlatform.Web.Security;

/// <summary>
/// A fixed-window limiter that reads time from <see cref="TimeProvider"/>, unlike the framework's, so a
/// test can fill a window, move a fake clock and watch it reopen. It never queues: a request beyond
/// the limit is refused at once with the time until the window reopens.
/// </summary>
sealed class ClockedFixedWindowLimiter(int permitLimit, TimeSpan window, TimeProvider clock) : RateLimiter
{
    readonly Lock _gate = new();
    DateTimeOffset _windowStart = clock.GetUtcNow();
    int _used;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var sinceEnd = clock.GetUtcNow() - (_windowStart + window);
                return sinceEnd > TimeSpan.Zero ? sinceEnd : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate) return new RateLimiterStatistics { CurrentAvailablePermits = Math.Max(0, permitLimit - _used) };
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (now >= _windowStart + window)
            {
                _windowStart = now;
                _used = 0;
            }
            if (_used + permitCount <= permitLimit)
            {
                _used += permitCount;
                return new WindowLease(true, null);
            }
            return new WindowLease(false, _windowStart + window - now);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    sealed class WindowLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
