namespace DsarPlatform.Workflows.Staff;

/// <summary>The staff roles; every staff page and endpoint names the ones it admits.</summary>
public static class StaffRoles
{
    public const string Agent = "Agent";
    public const string Auditor = "Auditor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Agent, Auditor, Admin];
}
