namespace DsarPlatform.Workflows.Runtime;

/// <summary>What an activity decided: go on, wait on a bookmark, finish the workflow, or stop with a fault.</summary>
public sealed record StepOutcome(StepOutcomeKind Kind, BookmarkKind Bookmark = BookmarkKind.None, string? Key = null, string? Reason = null)
{
    public static readonly StepOutcome Next = new(StepOutcomeKind.Next);
    public static readonly StepOutcome Complete = new(StepOutcomeKind.Complete);

    public static StepOutcome WaitFor(BookmarkKind bookmark, string key) => new(StepOutcomeKind.Wait, bookmark, key);

    public static StepOutcome Fault(string reason) => new(StepOutcomeKind.Fault, Reason: reason);
}
