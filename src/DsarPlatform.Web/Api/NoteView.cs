namespace DsarPlatform.Web.Api;

/// <summary>An internal note: when, by whom (id, and the user name staff know them by) in which role, and what it says.</summary>
public sealed record NoteView(DateTime AtUtc, string AuthorUserId, string AuthorName, string AuthorRole, string Text);
