namespace DsarPlatform.Web.Api;

/// <summary>A page of the queue; pass <see cref="NextCursor"/> back as <c>cursor</c> for the next one (null: last page).</summary>
public sealed record QueueListView(IReadOnlyList<QueueItemView> Items, string? NextCursor);
