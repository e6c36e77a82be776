namespace DsarPlatform.Hosting.Health;

/// <summary>A probe's answer: the overall status and each component's, by name (<c>Healthy</c>, <c>Degraded</c>, <c>Unhealthy</c>).</summary>
public sealed record HealthAnswer(string Status, IReadOnlyList<HealthComponent> Components);
