using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace DsarPlatform.Tests.Drp;

/// <summary>
/// The agent's status-callback endpoint: a real HTTP listener on a free loopback port that records each body it is
/// sent and answers with the next status code of <see cref="Answers"/> (200 once they run out).
/// </summary>
public sealed class CallbackListener : IDisposable
{
    readonly HttpListener _listener = new();
    readonly CancellationTokenSource _stop = new();

    public CallbackListener()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/drp/status";
    public ConcurrentQueue<int> Answers { get; } = new();
    public ConcurrentQueue<(int Answered, JsonObject Body, string? Authorization)> Received { get; } = new();

    async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            var answer = Answers.TryDequeue(out var code) ? code : 200;
            Received.Enqueue((answer, body, context.Request.Headers["Authorization"]));
            context.Response.StatusCode = answer;
            context.Response.Close();
        }
    }

    static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}
