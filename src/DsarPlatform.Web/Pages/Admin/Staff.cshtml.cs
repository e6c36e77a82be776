using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Pages.Admin;

/// <summary>
/// <c>/admin/staff</c> (admins only, by the folder's policy): the staff accounts, invitations, roles, locks, and the
/// history of every change to them.
/// </summary>
public sealed class StaffModel(DsarDbContext db, StaffAccountActions actions, TimeProvider clock) : PageModel
{
    const int HistoryLength = 200;

    static readonly Dictionary<string, string> DoneMessages = new()
    {
        ["invited"] = "Invitation sent.", ["roles"] = "Roles saved.", ["locked"] = "Account locked.", ["unlocked"] = "Account unlocked.",
    };

    public IReadOnlyList<StaffAccountRow> Accounts { get; private set; } = [];
    public IReadOnlyList<StaffChangeRow> History { get; private set; } = [];
    public string? Done { get; private set; }

    /// <summary>Which form the problem belongs to: "invite" or an account id.</summary>
    public string? ProblemFor { get; private set; }
    public string? Problem { get; private set; }
    public string? InviteEmail { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Done = done is not null && DoneMessages.TryGetValue(done, out var message) ? message : null;
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostInviteAsync(string? email, string[]? roles, CancellationToken ct)
    {
        InviteEmail = email;
        return ActAsync("invite", "invited", string.IsNullOrWhiteSpace(email) || !email.Contains('@')
            ? Task.FromResult(AccountActionResult.Refused("Give the new member's email address."))
            : actions.InviteAsync(User, email.Trim(), roles ?? [], ct), ct);
    }

    public Task<IActionResult> OnPostRolesAsync(string userId, string[]? roles, CancellationToken ct) =>
        ActAsync(userId, "roles", actions.SetRolesAsync(User, userId, roles ?? [], ct), ct);

    public Task<IActionResult> OnPostLockAsync(string userId, CancellationToken ct) => ActAsync(userId, "locked", actions.LockAsync(User, userId, ct), ct);

    public Task<IActionResult> OnPostUnlockAsync(string userId, CancellationToken ct) => ActAsync(userId, "unlocked", actions.UnlockAsync(User, userId, ct), ct);

    async Task<IActionResult> ActAsync(string form, string done, Task<AccountActionResult> action, CancellationToken ct)
    {
        var result = await action;
        if (result.Succeeded) return RedirectToPage(new { done });
        (ProblemFor, Problem) = (form, result.Problem);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users.OrderBy(u => u.Email).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        Accounts = users.Select(u => new StaffAccountRow(u.Id, u.Email ?? u.Id,
                StaffRoles.All.Where(role => roles.Any(r => r.UserId == u.Id && r.Name == role)).ToList(),
                u.LockoutEnd is { } end && end > now, u.PasswordHash is null))
            .ToList();

        var emails = users.ToDictionary(u => u.Id, u => u.Email ?? u.Id);
        string Name(string? id) => id is null ? "—" : emails.GetValueOrDefault(id, id);
        var changes = await db.StaffChanges.OrderByDescending(c => c.Id).Take(HistoryLength).ToListAsync(ct);
        History = changes.Select(c => new StaffChangeRow(c.AtUtc, Name(c.ActorUserId), c.ActorRole, c.Event, Name(c.TargetUserId), c.Detail)).ToList();
    }
}
