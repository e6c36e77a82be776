using System.Security.Claims;
using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Audit;

/// <summary>Appends sign-ins and views to the chain in their own unit of work, apart from whatever the request is saving.</summary>
public sealed class AuditRecorder(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task RecordAsync(string kind, string @event, string actor, string role, Guid? requestId = null, string? detail = null,
        CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
        db.AuditChain.Record(kind, @event, actor, role, clock.GetUtcNow().UtcDateTime, requestId, detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A member of staff read a request (by reference); nothing is recorded for an unknown reference.</summary>
    public async Task RecordViewAsync(ClaimsPrincipal user, string reference, string where, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
        var requestId = await db.Requests.Where(r => r.Reference == reference).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken);
        if (requestId is null) return;
        db.AuditChain.Record(AuditKinds.View, "RequestViewed", ActorOf(user), RoleOf(user), clock.GetUtcNow().UtcDateTime, requestId, where);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static string ActorOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";

    /// <summary>The role the reader acts in: Auditor when they hold it, else their first staff role.</summary>
    public static string RoleOf(ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.Auditor) ? StaffRoles.Auditor : StaffRoles.All.FirstOrDefault(user.IsInRole) ?? "";
}
