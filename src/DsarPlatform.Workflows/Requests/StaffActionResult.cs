namespace DsarPlatform.Workflows.Requests;

/// <summary>The result of a staff action: done, not found, refused (409), invalid input (400 on a field), or
/// changed since the agent read it (412: the version they acted on is no longer current).</summary>
public sealed record StaffActionResult(StaffActionStatus Status, string? Message = null, string? Field = null)
{
    public static readonly StaffActionResult Done = new(StaffActionStatus.Done);
    public static readonly StaffActionResult NotFound = new(StaffActionStatus.NotFound);

    public static readonly StaffActionResult Changed =
        new(StaffActionStatus.Changed, "This request changed meanwhile; reload the page to see what changed.");

    public static StaffActionResult Refused(string message) => new(StaffActionStatus.Refused, message);

    public static StaffActionResult Invalid(string field, string message) => new(StaffActionStatus.Invalid, message, field);
}
