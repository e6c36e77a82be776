using DsarPlatform.Workflows.Staff;

namespace DsarPlatform.Web.Audit;

/// <summary>A page of search results and where the next one starts (null on the last page).</summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, QueueCursor? Next);
