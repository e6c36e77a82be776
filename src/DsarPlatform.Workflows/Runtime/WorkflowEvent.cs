namespace DsarPlatform.Workflows.Runtime;

/// <summary>Something that can wake a waiting instance; it names the bookmark it resumes.</summary>
public abstract record WorkflowEvent(BookmarkKind Kind, string Key);
