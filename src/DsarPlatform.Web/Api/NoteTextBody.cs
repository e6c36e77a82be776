namespace DsarPlatform.Web.Api;

/// <summary>An internal note's text.</summary>
public sealed record NoteTextBody(string? Text);
