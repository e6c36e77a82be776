namespace DsarPlatform.Bench.Flow;

/// <summary>A sample of the released requests' progress (see <see cref="VerifiedDeletions.ProgressAsync"/>).</summary>
public readonly record struct FlowProgress(int UnsentOutbox, int? PendingTasks, int InDirectoryWait, int Faulted);
