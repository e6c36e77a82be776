namespace DsarPlatform.Workflows.Audit;

/// <summary>What an audit entry records.</summary>
public static class AuditKinds
{
    public const string Journal = "journal";
    public const string StaffChange = "staff-change";
    public const string SignIn = "sign-in";
    public const string View = "view";
    public const string Evidence = "evidence";
}
