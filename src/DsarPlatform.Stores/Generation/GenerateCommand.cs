using DsarPlatform.Hosting;
using DsarPlatform.Stores.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Stores.Generation;

/// <summary>
/// <c>generate [--accounts 1000] [--heavy-user-messages 1000000] [--seed 42] [--DataFolder path]</c>:
/// fills the stores of a data folder with deterministic test data and prints the row counts.
/// </summary>
public static class GenerateCommand
{
    public const string Name = "generate";

    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var accounts = configuration.GetValue("accounts", 1000);
        var heavyUserMessages = configuration.GetValue("heavy-user-messages", 1_000_000);
        var seed = configuration.GetValue("seed", 42);
        if (accounts < 1 || heavyUserMessages < 0)
        {
            await Console.Error.WriteLineAsync("generate: --accounts must be at least 1 and --heavy-user-messages at least 0.");
            return 2;
        }
        // The bulk writer speaks SQLite only (its prepared statements, pragmas and GUID text); a server store gets no half-written data.
        if (configuration.GetValue("Stores:Provider", DatabaseProvider.Sqlite) != DatabaseProvider.Sqlite)
        {
            await Console.Error.WriteLineAsync("generate: only SQLite stores are supported (Stores:Provider=Sqlite); generate into a data folder and copy the rows.");
            return 2;
        }

        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddStoreDatabases(configuration)
            .BuildServiceProvider();
        var plan = new GenerationPlan(accounts, heavyUserMessages, seed, TimeProvider.System.GetUtcNow().UtcDateTime);
        Console.WriteLine($"Generating {accounts:N0} accounts (seed {seed}, {GenerationPlan.HeavyUser} with {heavyUserMessages:N0} messages) in {DataFolder.Resolve(configuration)}");
        await DataGenerator.GenerateAsync(services, plan, Console.Out);
        foreach (var (table, rows) in await DataGenerator.CountAsync(services))
            Console.WriteLine($"  {table,-34} {rows,12:N0}");
        return 0;
    }
}
