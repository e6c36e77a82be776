using DsarPlatform.Workflows.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Staff;

/// <summary>
/// Identity's user manager with lockouts read and set by the application's <see cref="TimeProvider"/>: the framework's
/// own reads the system clock, so a lock would neither start nor end by the clock the rest of the product keeps.
/// </summary>
public sealed class StaffUserManager(
    IUserStore<StaffUser> store, IOptions<IdentityOptions> options, IPasswordHasher<StaffUser> passwordHasher,
    IEnumerable<IUserValidator<StaffUser>> userValidators, IEnumerable<IPasswordValidator<StaffUser>> passwordValidators,
    ILookupNormalizer keyNormalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<StaffUser>> logger,
    TimeProvider clock)
    : UserManager<StaffUser>(store, options, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<bool> IsLockedOutAsync(StaffUser user)
    {
        if (!await GetLockoutEnabledAsync(user)) return false;
        var end = await GetLockoutEndDateAsync(user);
        return end is not null && end.Value > clock.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(StaffUser user)
    {
        var lockouts = (IUserLockoutStore<StaffUser>)Store;
        var failures = await lockouts.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (failures >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await lockouts.SetLockoutEndDateAsync(user, clock.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await lockouts.ResetAccessFailedCountAsync(user, CancellationToken);
        }
        return await UpdateUserAsync(user);
    }

    /// <summary>
    /// From now on in this scope, account changes wait for the caller's own SaveChanges, so they commit in one
    /// transaction with the journal line and the email they cause. Only one update of a user per scope: the store's
    /// update re-attaches the user and so forgets the concurrency stamp a second update would need.
    /// </summary>
    public void DeferSaves()
    {
        if (Store is not UserStore<StaffUser, IdentityRole, DsarDbContext> efStore)
            throw new InvalidOperationException("Staff accounts are expected in the workflow database's Identity tables (UserStore<StaffUser, IdentityRole, DsarDbContext>).");
        efStore.AutoSaveChanges = false;
    }
}
