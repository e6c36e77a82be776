using System.Text.Json;
using System.Text.RegularExpressions;

namespace DsarPlatform.Tests.Deploy;

/// <summary>A Dockerfile's instructions (continuation lines joined, comments dropped), as keyword and argument text.</summary>
sealed partial record DockerfileInstructions(IReadOnlyList<(string Keyword, string Arguments)> Lines)
{
    public static DockerfileInstructions Read(string path)
    {
        var text = ContinuationPattern().Replace(File.ReadAllText(path), " ");
        var lines = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', 2) is [var keyword, var rest] ? (keyword.ToUpperInvariant(), rest.Trim()) : (line.ToUpperInvariant(), ""))
            .ToList();
        return new DockerfileInstructions(lines);
    }

    public IEnumerable<string> Arguments(string keyword) => Lines.Where(l => l.Keyword == keyword).Select(l => l.Arguments);

    /// <summary>The source paths of every COPY from the build context (not from another stage).</summary>
    public IEnumerable<string> CopiedFromContext() =>
        Arguments("COPY")
            .Select(arguments => arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => !words.Any(w => w.StartsWith("--from=", StringComparison.Ordinal)))
            .SelectMany(words => words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).SkipLast(1));

    /// <summary>The exec-form ENTRYPOINT (the last one), e.g. ["dotnet", "App.dll"].</summary>
    public IReadOnlyList<string> Entrypoint() => JsonSerializer.Deserialize<string[]>(Arguments("ENTRYPOINT").Last()) ?? [];

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex ContinuationPattern();
}
