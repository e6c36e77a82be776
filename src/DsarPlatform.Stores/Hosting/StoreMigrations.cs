using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Stores.Hosting;

/// <summary>The stores' part of the <c>migrate</c> command, run by the stores app and by the web host for the stores it hosts.</summary>
public static class StoreMigrations
{
    /// <summary>Brings each named store's database to its latest migration and says so, a line per store.</summary>
    public static async Task MigrateAsync(IServiceProvider services, IEnumerable<string> stores, TextWriter output, CancellationToken cancellationToken = default)
    {
        foreach (var store in stores)
        {
            await using var scope = services.CreateAsyncScope();
            var db = StoreDatabase.Resolve(scope.ServiceProvider, store);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            await db.Database.MigrateAsync(cancellationToken);
            await output.WriteLineAsync($"{store}: {pending} migration(s) applied ({db.Database.ProviderName}).");
        }
    }
}
