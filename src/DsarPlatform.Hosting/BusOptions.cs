namespace DsarPlatform.Hosting;

/// <summary>Bus settings, section <c>Bus</c>; validated when the host starts (see <see cref="MessageBusExtensions"/>).</summary>
public sealed class BusOptions
{
    public const string Section = "Bus";

    public BusTransport Transport { get; set; } = BusTransport.InMemory;

    /// <summary>Consumer retries (exponential back-off) before a message lands in the endpoint's error queue.</summary>
    public int RetryLimit { get; set; } = 5;

    /// <summary>Messages each endpoint handles at once; unset: MassTransit's default.</summary>
    public int? ConcurrentMessageLimit { get; set; }

    /// <summary>Messages each endpoint takes from the broker ahead; unset: MassTransit's default.</summary>
    public int? PrefetchCount { get; set; }

    /// <summary>Base64 AES-256 key sealing payloads on the bus; unset: a key file in the data folder (see <see cref="Hosting.PayloadKey"/>).</summary>
    public string? PayloadKey { get; set; }
}
