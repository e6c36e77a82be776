namespace DsarPlatform.Web.Logging;

/// <summary>Hands out loggers that mask link tokens (<see cref="TokenRedaction"/>) before any provider sees a line.</summary>
public sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}
