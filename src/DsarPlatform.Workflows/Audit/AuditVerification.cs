namespace DsarPlatform.Workflows.Audit;

/// <summary>What a verification found: the entries and checkpoints it checked and every problem, the first bad entry first.</summary>
public sealed record AuditVerification(long EntriesChecked, long HeadSeq, int CheckpointsChecked, long Pending, IReadOnlyList<AuditProblem> Problems)
{
    public bool Intact => Problems.Count == 0;

    public AuditProblem? First => Problems.FirstOrDefault();

    public string Summary => Intact
        ? $"Intact: {EntriesChecked} entries up to {HeadSeq}, {CheckpointsChecked} signed checkpoints, {Pending} entries not sealed yet."
        : $"NOT intact: {First!.Message} ({Problems.Count} problem(s) in {EntriesChecked} entries).";
}
