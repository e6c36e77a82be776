namespace DsarPlatform.Workflows.Staff;

/// <summary>Section <c>Staff</c>: where deadline reminders and the overdue escalation go when a request has no assignee.</summary>
public sealed class StaffNoticeOptions
{
    /// <summary>The team's shared address (e.g. privacy-team@dsar.local); unset: unassigned requests' notices stay in the queue only.</summary>
    public string? TeamEmail { get; set; }
}
