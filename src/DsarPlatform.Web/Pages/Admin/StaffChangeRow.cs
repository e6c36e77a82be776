using DsarPlatform.Workflows.Staff;

namespace DsarPlatform.Web.Pages.Admin;

/// <summary>One line of the staff-account history, with the accounts named for the admin reading it.</summary>
public sealed record StaffChangeRow(DateTime AtUtc, string Actor, string? ActorRole, StaffChangeEvent Event, string Target, string? Detail);
