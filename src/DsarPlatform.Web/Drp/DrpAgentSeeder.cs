using Microsoft.Extensions.Options;

namespace DsarPlatform.Web.Drp;

/// <summary>At start, after the schema is in place: the agents of <c>Drp:Agents</c> join the directory if absent.</summary>
sealed class DrpAgentSeeder(IServiceScopeFactory scopes, IOptions<DrpSettings> settings) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.Value.Agents.Count == 0) return;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DrpAgentDirectory>().SeedAsync(settings.Value.Agents, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
