namespace DsarPlatform.Workflows.Requests;

/// <summary>Who acts: the staff user's id (never their name or email) and the role they act in.</summary>
public sealed record StaffActor(string UserId, string Role);
