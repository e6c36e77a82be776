using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Web.Audit;

/// <summary>
/// One step of the pinned definition and what the request did there: whether the path went through it, when it started
/// and finished (the journal's StepStarted and StepCompleted), and whether it is where the instance is now.
/// </summary>
public sealed record StepVisit(int Number, StepDefinition Step, bool Taken, bool Current, DateTime? StartedAtUtc, DateTime? FinishedAtUtc)
{
    /// <summary>Time spent in the step: to its finish, or to <paramref name="nowUtc"/> while it runs; null when never entered.</summary>
    public TimeSpan? Spent(DateTime nowUtc) => StartedAtUtc is { } start ? (FinishedAtUtc ?? nowUtc) - start : null;

    /// <summary>"3 d 4 h", "2 h 5 min", "under a minute": how long, for people.</summary>
    public static string Words(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } => $"{(int)span.TotalDays} d {span.Hours} h",
        { TotalHours: >= 1 } => $"{span.Hours} h {span.Minutes} min",
        { TotalMinutes: >= 1 } => $"{span.Minutes} min",
        _ => "under a minute",
    };
}
