namespace DsarPlatform.Web.Pages.Admin;

/// <summary>One staff account as the admin page lists it.</summary>
public sealed record StaffAccountRow(string Id, string Email, IReadOnlyList<string> Roles, bool Locked, bool InvitationPending);
