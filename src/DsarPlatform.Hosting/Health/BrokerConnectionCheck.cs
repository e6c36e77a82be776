using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DsarPlatform.Hosting.Health;

/// <summary>
/// Whether the RabbitMQ node accepts a connection now. MassTransit's bus check says the bus started and its endpoints
/// were ready; it stays Healthy for a while after the node goes away, which a readiness probe must not.
/// </summary>
sealed class BrokerConnectionCheck(string host, int port, TimeSpan timeout) : IHealthCheck
{
    public const string Name = "broker-connection";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, limit.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception failure) when (failure is SocketException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy();
        }
    }
}
