using System.Net;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>One web host of the multi-host cluster: its process, its address, and the agent signed in to it.</summary>
public sealed record MultiHostWebHost(AppProcess Process, Uri Address) : IAsyncDisposable
{
    /// <summary>The agent's client (bearer token, so no antiforgery cookie to share).</summary>
    public DsarApi Api { get; } = new(NewClient(Address));

    public HttpClient NewClient() => NewClient(Address);

    static HttpClient NewClient(Uri address) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };

    public async ValueTask DisposeAsync()
    {
        Api.Client.Dispose();
        await Process.DisposeAsync();
    }
}
