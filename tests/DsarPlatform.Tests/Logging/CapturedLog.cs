using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Tests.Logging;

/// <summary>A logging provider that keeps every line it is given, with its values and scopes, as one text each.</summary>
public sealed class CapturedLog : ILoggerProvider, ISupportExternalScope
{
    readonly ConcurrentQueue<string> _lines = new();
    IExternalScopeProvider? _scopes;

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => log._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new System.Text.StringBuilder($"{logLevel} {category} {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                foreach (var (key, value) in values) line.Append($" {key}={value}");
            log._scopes?.ForEachScope((scope, text) =>
            {
                text.Append($" scope:{scope}");
                if (scope is IEnumerable<KeyValuePair<string, object?>> scopeValues)
                    foreach (var (key, value) in scopeValues) text.Append($" {key}={value}");
            }, line);
            if (exception is not null) line.Append(' ').Append(exception);
            log._lines.Enqueue(line.ToString());
        }
    }
}
