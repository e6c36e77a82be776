namespace DsarPlatform.Web.Logging;

/// <summary>
/// Passes a line on unchanged unless its message, a value or a scope carries a token; then passes a masked copy (message and
/// values), so structured providers (JSON console, OpenTelemetry) get no token either.
/// </summary>
sealed class RedactingLogger(ILogger inner) : ILogger
{
    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
        RedactedState.From(state, state.ToString() ?? "") is { } masked ? inner.BeginScope(masked) : inner.BeginScope(state);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel)) return;
        if (RedactedState.From(state, formatter(state, exception)) is { } masked)
            inner.Log(logLevel, eventId, masked, exception, static (s, _) => s.ToString());
        else
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
