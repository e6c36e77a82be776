using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Staff;

/// <summary>
/// How staff see who acted: the journal and notes keep a staff member's id, and staff pages show their user name (their
/// email) instead. Ids that are not staff ("system", "requester") are left out and shown as they are.
/// </summary>
public static class StaffNames
{
    public static async Task<IReadOnlyDictionary<string, string>> LoadAsync(DsarDbContext db, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Where(id => id is not ("system" or "requester")).Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<string, string>();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.UserName ?? u.Email ?? u.Id, cancellationToken);
    }
}
