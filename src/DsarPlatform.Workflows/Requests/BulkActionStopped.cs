namespace DsarPlatform.Workflows.Requests;

/// <summary>Stops a bulk action's unit of work before it is saved: one request could not take the action, so none does.</summary>
sealed class BulkActionStopped(string reference, StaffActionResult result) : Exception($"{reference}: {result.Status}")
{
    public string Reference => reference;
    public StaffActionResult Result => result;
}
