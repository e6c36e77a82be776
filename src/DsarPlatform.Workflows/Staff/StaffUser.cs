using Microsoft.AspNetCore.Identity;

namespace DsarPlatform.Workflows.Staff;

/// <summary>A support agent, auditor or administrator who signs in to work requests.</summary>
public sealed class StaffUser : IdentityUser
{
}
