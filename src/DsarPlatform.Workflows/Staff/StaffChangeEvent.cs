namespace DsarPlatform.Workflows.Staff;

public enum StaffChangeEvent
{
    Invited,
    RolesChanged,
    Locked,
    Unlocked,
    PasswordSet,
    /// <summary>An authorized agent added to the DRP agent directory (target <c>drp-agent:{id}</c>).</summary>
    DrpAgentAdded,
    /// <summary>An agent's directory entry changed (name, key, contact, callback host, enabled).</summary>
    DrpAgentChanged,
    /// <summary>An agent set up a new bearer token (pair-wise key set-up); the old one stopped working.</summary>
    DrpTokenIssued,
}
