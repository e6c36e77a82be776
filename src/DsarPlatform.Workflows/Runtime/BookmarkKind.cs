namespace DsarPlatform.Workflows.Runtime;

/// <summary>What a waiting instance waits on.</summary>
public enum BookmarkKind
{
    None,
    Signal,
    Timer,
    StoreTasks,
}
