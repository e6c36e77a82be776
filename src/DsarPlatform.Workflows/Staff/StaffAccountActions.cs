using System.Security.Claims;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Staff;

/// <summary>
/// What an administrator does to staff accounts (invite, set roles, lock, unlock) and what an invitee does (set a
/// password). Each change commits with its <see cref="StaffChange"/> line, and any email, in one SaveChanges.
/// </summary>
public sealed class StaffAccountActions(DsarDbContext db, StaffUserManager users, TimeProvider clock,
    IOptions<EmailOptions> emailOptions, IOptions<StaffInvitationOptions> invitations)
{
    public async Task<AccountActionResult> InviteAsync(ClaimsPrincipal actor, string email, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        roles = Known(roles);
        if (roles.Count == 0) return AccountActionResult.Refused("Choose at least one role.");
        if (await users.FindByEmailAsync(email) is not null) return AccountActionResult.Refused("A staff account with this email exists already.");
        users.DeferSaves();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) return Refused(created);
        await AddRolesAsync(user.Id, roles, ct);

        var now = clock.GetUtcNow();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = QueryHelpers.AddQueryString(SetPasswordUrl(),
            new Dictionary<string, string?> { ["user"] = user.Id, ["token"] = token });
        MailQueue.AddStaffEmail(db, email, StaffInvitationEmail.Template,
            StaffInvitationEmail.Compose(link, now.Add(invitations.Value.Lifetime), roles), now.UtcDateTime);
        Journal(actor, StaffChangeEvent.Invited, user.Id, RoleList(roles));
        await db.SaveChangesAsync(ct);
        return AccountActionResult.Done;
    }

    public async Task<AccountActionResult> SetRolesAsync(ClaimsPrincipal actor, string userId, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        roles = Known(roles);
        if (await users.FindByIdAsync(userId) is not { } user) return AccountActionResult.Refused("No such staff account.");
        var before = await users.GetRolesAsync(user);
        if (before.Contains(StaffRoles.Admin) && !roles.Contains(StaffRoles.Admin) && !await AnotherActiveAdminAsync(user.Id))
            return AccountActionResult.Refused("This is the last administrator: give another account the Admin role first.");
        var dropped = before.Except(roles).ToList();
        var dropIds = await db.Roles.Where(r => dropped.Contains(r.Name!)).Select(r => r.Id).ToListAsync(ct);
        db.UserRoles.RemoveRange(await db.UserRoles.Where(ur => ur.UserId == user.Id && dropIds.Contains(ur.RoleId)).ToListAsync(ct));
        await AddRolesAsync(user.Id, roles.Except(before).ToList(), ct);
        // Renewing the stamp ends sessions that still carry the old roles.
        (user.SecurityStamp, user.ConcurrencyStamp) = (NewStamp(), Guid.NewGuid().ToString());
        Journal(actor, StaffChangeEvent.RolesChanged, user.Id, $"{RoleList(before)} → {RoleList(roles)}");
        await db.SaveChangesAsync(ct);
        return AccountActionResult.Done;
    }

    public async Task<AccountActionResult> LockAsync(ClaimsPrincipal actor, string userId, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return AccountActionResult.Refused("No such staff account.");
        if (user.Id == users.GetUserId(actor)) return AccountActionResult.Refused("You cannot lock your own account.");
        if (await users.IsInRoleAsync(user, StaffRoles.Admin) && !await AnotherActiveAdminAsync(user.Id))
            return AccountActionResult.Refused("This is the last administrator: it cannot be locked.");
        // Account fields are set here rather than through the user manager, whose every call saves on its own.
        (user.LockoutEnabled, user.LockoutEnd, user.SecurityStamp, user.ConcurrencyStamp) = (true, DateTimeOffset.MaxValue, NewStamp(), Guid.NewGuid().ToString());
        Journal(actor, StaffChangeEvent.Locked, user.Id, null);
        await db.SaveChangesAsync(ct);
        return AccountActionResult.Done;
    }

    public async Task<AccountActionResult> UnlockAsync(ClaimsPrincipal actor, string userId, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId) is not { } user) return AccountActionResult.Refused("No such staff account.");
        (user.LockoutEnd, user.AccessFailedCount, user.ConcurrencyStamp) = (null, 0, Guid.NewGuid().ToString());
        Journal(actor, StaffChangeEvent.Unlocked, user.Id, null);
        await db.SaveChangesAsync(ct);
        return AccountActionResult.Done;
    }

    /// <summary>The invitee chooses a password; the token is spent (the stamp renews) and cannot be used again.</summary>
    public async Task<AccountActionResult> SetPasswordAsync(string userId, string token, string password, CancellationToken ct)
    {
        const string unusable = "This link cannot be used: it has expired or was used already. Ask an administrator for a new invitation.";
        if (await users.FindByIdAsync(userId) is not { } user) return AccountActionResult.Refused(unusable);
        users.DeferSaves();
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)) ? AccountActionResult.Refused(unusable) : Refused(reset);
        }
        db.StaffChanges.Add(new StaffChange
        {
            AtUtc = clock.GetUtcNow().UtcDateTime, ActorUserId = user.Id, Event = StaffChangeEvent.PasswordSet, TargetUserId = user.Id,
        });
        await db.SaveChangesAsync(ct);
        return AccountActionResult.Done;
    }

    /// <summary>Whether the link of an invitation still works, for the page's GET (which never spends it).</summary>
    public async Task<bool> InvitationIsUsableAsync(string userId, string token) =>
        await users.FindByIdAsync(userId) is { } user
        && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<StaffUser>.ResetPasswordTokenPurpose, token);

    async Task AddRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        foreach (var roleId in await db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id).ToListAsync(ct))
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = roleId });
    }

    static string NewStamp() => Guid.NewGuid().ToString("N").ToUpperInvariant();

    async Task<bool> AnotherActiveAdminAsync(string userId)
    {
        var now = clock.GetUtcNow();
        var admins = await users.GetUsersInRoleAsync(StaffRoles.Admin);
        return admins.Any(a => a.Id != userId && a.PasswordHash is not null && (a.LockoutEnd is null || a.LockoutEnd <= now));
    }

    void Journal(ClaimsPrincipal actor, StaffChangeEvent change, string targetUserId, string? detail) =>
        db.StaffChanges.Add(new StaffChange
        {
            AtUtc = clock.GetUtcNow().UtcDateTime, ActorUserId = users.GetUserId(actor), ActorRole = StaffRoles.Admin,
            Event = change, TargetUserId = targetUserId, Detail = detail,
        });

    string SetPasswordUrl() => emailOptions.Value.PublicBaseUrl.TrimEnd('/') + "/Account/SetPassword";

    static IReadOnlyCollection<string> Known(IReadOnlyCollection<string> roles) => StaffRoles.All.Where(roles.Contains).ToList();

    static string RoleList(IEnumerable<string> roles) => roles.Any() ? string.Join(", ", roles.Order()) : "no role";

    static AccountActionResult Refused(IdentityResult result) => AccountActionResult.Refused(string.Join(" ", result.Errors.Select(e => e.Description)));
}
