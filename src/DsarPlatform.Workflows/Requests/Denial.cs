namespace DsarPlatform.Workflows.Requests;

/// <summary>What a denial needs from the agent, checked before anything is loaded: a known code, the ground an exemption names, a short note.</summary>
static class Denial
{
    public const int MaxGroundLength = 500;
    public const int MaxNoteLength = 1000;

    public static StaffActionResult? Check(string? code, string? ground, string? note)
    {
        if (DenialCodes.Find(code) is not { } known)
            return StaffActionResult.Invalid("code", $"Choose one of the denial codes: {string.Join(", ", DenialCodes.All.Select(c => c.Code))}.");
        if (known.NeedsGround && string.IsNullOrWhiteSpace(ground))
            return StaffActionResult.Invalid("ground", "Name the legal ground of the exemption; the requester reads it.");
        if (ground is { Length: > MaxGroundLength }) return StaffActionResult.Invalid("ground", "The legal ground has at most 500 characters.");
        if (note is { Length: > MaxNoteLength }) return StaffActionResult.Invalid("note", "The note has at most 1,000 characters.");
        return null;
    }
}
