namespace DsarPlatform.Workflows.Definitions;

/// <summary>One step: the activity it runs and that activity's settings (which apply depends on the activity).</summary>
public sealed record StepDefinition
{
    public required string Name { get; init; }
    public required string Activity { get; init; }
    public string? Action { get; init; }
    public IReadOnlyList<string> Stores { get; init; } = [];
    public string? Template { get; init; }
    public string? Duration { get; init; }
    public string? Reason { get; init; }
    /// <summary>CompileAccessPackage: how long the download link (and the package) lives.</summary>
    public string? PackageLifetime { get; init; }
}
