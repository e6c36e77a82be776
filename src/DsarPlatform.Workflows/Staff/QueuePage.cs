namespace DsarPlatform.Workflows.Staff;

/// <summary>A page of the queue and the cursor of the next one (null on the last page).</summary>
public sealed record QueuePage(IReadOnlyList<QueueRow> Items, QueueCursor? NextCursor);
