using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Workflows.Appeals;

/// <summary>
/// The appeal's two periods, counted like every other deadline (<see cref="Deadline"/>: end of a local day in the policy's
/// time zone) from the denied request's own policy, never from a regime's name.
/// </summary>
public static class AppealWindow
{
    /// <summary>The last instant an appeal can be filed: the window counted from the denial's close.</summary>
    public static DateTime ClosesAtUtc(DateTime deniedAtUtc, WorkflowPolicy policy, AppealPolicy appeal) =>
        Deadline.DueAtUtc(Utc(deniedAtUtc), policy with { ResponsePeriod = appeal.Window });

    /// <summary>When an appeal filed at <paramref name="filedAtUtc"/> must be decided: its decision period from the filing.</summary>
    public static DateTime DecisionDueAtUtc(DateTime filedAtUtc, WorkflowPolicy policy, AppealPolicy appeal) =>
        Deadline.DueAtUtc(Utc(filedAtUtc), policy with { ResponsePeriod = appeal.DecisionPeriod });

    static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
