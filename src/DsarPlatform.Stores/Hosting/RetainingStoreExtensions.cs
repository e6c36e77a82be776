using DsarPlatform.Stores.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DsarPlatform.Stores.Hosting;

public static class RetainingStoreExtensions
{
    /// <summary>
    /// Offers <typeparamref name="TStore"/> (registered scoped) to the retention sweep, and hosts the sweep
    /// (<see cref="RetentionSweepService"/>) once however many stores retain.
    /// </summary>
    public static IServiceCollection AddRetainingStore<TStore>(this IServiceCollection services)
        where TStore : class, IRetainingStore
    {
        services.AddScoped<IRetainingStore>(sp => sp.GetRequiredService<TStore>());
        services.TryAddScoped<RetentionSweep>();
        services.AddHostedService<RetentionSweepService>();
        return services;
    }
}
