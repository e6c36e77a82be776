namespace DsarPlatform.Bench;

/// <summary>What one phase measured in its own process; a line of JSON on the child's standard output.</summary>
public sealed record PhaseResult(string Phase, double Seconds, double CpuSeconds, long PeakWorkingSetBytes, long AllocatedBytes, string Outcome);
