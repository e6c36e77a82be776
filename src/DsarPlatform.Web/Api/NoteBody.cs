namespace DsarPlatform.Web.Api;

public sealed record NoteBody(string? Note);
