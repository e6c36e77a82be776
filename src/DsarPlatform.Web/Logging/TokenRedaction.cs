using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Web.Logging;

/// <summary>
/// Link tokens (verification, status, download) travel in URL paths, and the framework's loggers (hosting, routing, static
/// files, MVC, HttpClient) write paths at several levels. Every logger the app creates goes through
/// <see cref="RedactingLoggerFactory"/>, which replaces the token segment with [redacted] in messages, values and scopes.
/// </summary>
public static partial class TokenRedaction
{
    public const string Mask = "[redacted]";

    public static IServiceCollection AddTokenRedaction(this IServiceCollection services)
    {
        services.AddLogging();
        // The factory is built the way AddLogging builds it (so provider filters keep working), then wrapped.
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(provider => new RedactingLoggerFactory(new LoggerFactory(
            provider.GetServices<ILoggerProvider>(), provider.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            provider.GetService<IOptions<LoggerFactoryOptions>>(), provider.GetService<IExternalScopeProvider>()))));
        return services;
    }

    /// <summary>Values logged under these names are masked whole: MVC logs a handler's arguments (the route's token among them) at Trace.</summary>
    public static readonly IReadOnlySet<string> MaskedValues = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Arguments" };

    /// <returns>The text with every token path segment (also percent-encoded, as in a return URL) and token query value masked.</returns>
    public static string Redact(string text) =>
        text.Contains("verify", StringComparison.OrdinalIgnoreCase) || text.Contains("status", StringComparison.OrdinalIgnoreCase)
            || text.Contains("download", StringComparison.OrdinalIgnoreCase) || text.Contains("token", StringComparison.OrdinalIgnoreCase)
            || text.Contains("with arguments", StringComparison.Ordinal)
            ? HandlerArguments().Replace(TokenQuery().Replace(TokenSegment().Replace(text, "$1" + Mask), "$1" + Mask), "$1" + Mask + ")")
            : text;

    [GeneratedRegex("((?:/|%2F)(?:verify|status|download)(?:/|%2F))(?!\\[redacted\\])[^/?#&\\s\"'<>%]+", RegexOptions.IgnoreCase)]
    private static partial Regex TokenSegment();

    [GeneratedRegex("( with arguments \\().*\\)")]
    private static partial Regex HandlerArguments();

    [GeneratedRegex("((?:^|[?&\\s(,])token=)[^&\\s\"'<>),]+", RegexOptions.IgnoreCase)]
    private static partial Regex TokenQuery();
}
