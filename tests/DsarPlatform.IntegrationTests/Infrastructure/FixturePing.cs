namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>A message the RabbitMQ fixture test sends to itself.</summary>
public sealed record FixturePing(Guid Id);
