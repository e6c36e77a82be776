namespace DsarPlatform.Hosting;

/// <summary>Where messages travel: in memory (embedded default, one process) or RabbitMQ.</summary>
public enum BusTransport
{
    InMemory,
    RabbitMq,
}
