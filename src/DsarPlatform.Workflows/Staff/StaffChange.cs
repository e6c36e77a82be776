namespace DsarPlatform.Workflows.Staff;

/// <summary>
/// One change to a staff account, append-only: who did it in which role, what, to whom. Ids and role names only,
/// never an email, so the history names no one outside the accounts table.
/// </summary>
public sealed class StaffChange
{
    public long Id { get; init; }
    public DateTime AtUtc { get; init; }
    public string? ActorUserId { get; init; }
    public string? ActorRole { get; init; }
    public StaffChangeEvent Event { get; init; }
    public required string TargetUserId { get; init; }
    public string? Detail { get; init; }
}
