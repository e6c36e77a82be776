namespace DsarPlatform.Workflows.Staff;

/// <summary>How long an invitation's set-password link works (the web host binds <c>Staff:InvitationLifetime</c>).</summary>
public sealed class StaffInvitationOptions
{
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(3);
}
