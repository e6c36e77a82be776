namespace DsarPlatform.Workflows.Audit;

/// <summary>One thing verification found wrong, at the chain entry it names (null when it names none, e.g. a checkpoint file).</summary>
public sealed record AuditProblem(long? Seq, string Message);
