namespace DsarPlatform.Workflows.Staff;

public enum StaffChangeEvent
{
    Invited,
    RolesChanged,
    Locked,
    Unlocked,
    PasswordSet,
}
