namespace DsarPlatform.Web.Audit;

/// <summary>One of a request's chain entries as the proof partial shows it; <see cref="Seq"/> is null while not sealed.</summary>
public sealed record AuditProofRow(long? Seq, DateTime AtUtc, string Event, string? HashPrefix, bool Verified);
