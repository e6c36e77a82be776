namespace DsarPlatform.Workflows.Requests;

public enum StaffActionStatus
{
    Done,
    NotFound,
    Refused,
    Invalid,
    /// <summary>The request changed since the agent looked at it (another action came first).</summary>
    Changed,
}
