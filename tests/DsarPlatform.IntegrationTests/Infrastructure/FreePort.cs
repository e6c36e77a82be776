using System.Net;
using System.Net.Sockets;

namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>Hands out loopback TCP ports the OS reports free right now.</summary>
public static class FreePort
{
    /// <summary>
    /// Binds 127.0.0.1:0 and releases it. Another process could take the port before the caller
    /// binds it; fixtures fail loudly (port never answers) rather than silently sharing.
    /// </summary>
    public static int Next()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }

    /// <summary>Polls until something accepts TCP connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<bool> WaitUntilOpenAsync(int port, TimeSpan timeout, Func<bool>? giveUp = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (giveUp?.Invoke() == true) return false;
            if (await IsOpenAsync(port)) return true;
            await Task.Delay(50);
        }
        return false;
    }

    public static async Task<bool> IsOpenAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(IPAddress.Loopback, port, attempt.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
