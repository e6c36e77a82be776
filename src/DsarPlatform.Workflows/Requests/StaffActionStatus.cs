namespace DsarPlatform.Workflows.Requests;

public enum StaffActionStatus
{
    Done,
    NotFound,
    Refused,
    Invalid,
}
