namespace DsarPlatform.Workflows.Staff;

/// <summary>What a staff-account action did: done, or the reason it was refused (shown beside the button).</summary>
public sealed record AccountActionResult(bool Succeeded, string? Problem = null)
{
    public static readonly AccountActionResult Done = new(true);

    public static AccountActionResult Refused(string problem) => new(false, problem);
}
