namespace DsarPlatform.Hosting.Health;

/// <summary>One checked dependency in a probe's answer: its name and status only.</summary>
public sealed record HealthComponent(string Name, string Status);
