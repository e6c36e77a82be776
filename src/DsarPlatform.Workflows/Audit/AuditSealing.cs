namespace DsarPlatform.Workflows.Audit;

/// <summary>What one sealing run did: entries sealed, and batches thrown away because another sealer moved the head first.</summary>
public readonly record struct AuditSealing(long Sealed, int LostRaces);
