namespace DsarPlatform.Workflows.Requests;

/// <summary>The result of a staff action: done, not found, refused (409) or invalid input (400 on a field).</summary>
public sealed record StaffActionResult(StaffActionStatus Status, string? Message = null, string? Field = null)
{
    public static readonly StaffActionResult Done = new(StaffActionStatus.Done);
    public static readonly StaffActionResult NotFound = new(StaffActionStatus.NotFound);

    public static StaffActionResult Refused(string message) => new(StaffActionStatus.Refused, message);

    public static StaffActionResult Invalid(string field, string message) => new(StaffActionStatus.Invalid, message, field);
}
