using DsarPlatform.Hosting;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Tests.Stores;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Hosting;
using DsarPlatform.Workflows.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Tests.Hosting;

/// <summary>
/// Outside Development the schema belongs to the <c>migrate</c> command: it creates every database's schema on a fresh
/// data folder, and a host that is not told to migrate (<c>Database:MigrateOnStart</c>) refuses a schema that is behind.
/// </summary>
[TestFixture, CancelAfter(120_000)]
public class MigrateCommandTests
{
    string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("dsar-migrate-").FullName;

    [TearDown]
    public void DeleteFolder() => TestFolder.Delete(folder);

    [Test]
    public async Task Web_migrate_on_a_fresh_data_folder_creates_the_workflow_and_embedded_store_schemas_and_exits_0()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        var exitCode = await MigrateCommand.RunAsync(["--DataFolder", folder, "--environment", "Production"], output, errors);

        Assert.That(exitCode, Is.Zero, errors.ToString());
        Assert.That(output.ToString(), Does.Contain("workflow:").And.Contain("billing:").And.Contain("directory:"));
        await using (var workflow = new DsarDbContext(new DbContextOptionsBuilder<DsarDbContext>()
            .UseSqlite(SqliteIn("dsar"), o => o.MigrationsAssembly("DsarPlatform.Migrations.Sqlite")).Options))
        {
            Assert.That(await workflow.Database.GetPendingMigrationsAsync(), Is.Empty);
            Assert.That(await workflow.Requests.CountAsync(), Is.Zero, "the tables exist");
        }
        await AssertStoreMigratedAsync("billing");
        await AssertStoreMigratedAsync("im-history");
    }

    [Test]
    public async Task Stores_migrate_creates_the_enabled_stores_schemas_only_and_exits_0()
    {
        var errors = new StringWriter();

        var exitCode = await StoresMigrateCommand.RunAsync(["--DataFolder", folder, "--Stores:Enabled", "contacts"], new StringWriter(), errors);

        Assert.That(exitCode, Is.Zero, errors.ToString());
        await AssertStoreMigratedAsync("contacts");
        Assert.That(File.Exists(Path.Combine(folder, "billing.db")), Is.False, "a store this worker does not host is left alone");
    }

    [Test]
    public async Task Migrate_with_a_server_provider_but_no_connection_string_exits_1_naming_the_setting()
    {
        var errors = new StringWriter();

        var exitCode = await MigrateCommand.RunAsync(["--DataFolder", folder, "--Database:Provider", "SqlServer"], new StringWriter(), errors);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(errors.ToString(), Does.Contain("ConnectionStrings:dsar"));
    }

    [Test]
    public async Task A_production_web_host_without_MigrateOnStart_refuses_an_empty_database_naming_the_migrate_command()
    {
        await using var app = new DsarApp(dataFolder: folder, environment: "Production",
            settings: new Dictionary<string, string?> { [SchemaAtStart.MigrateOnStartKey] = null });

        var failure = Assert.Catch(() => app.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("dotnet run --project src/DsarPlatform.Web -- migrate").And.Contain(SchemaAtStart.MigrateOnStartKey));
    }

    [Test]
    public async Task A_production_web_host_starts_once_migrate_has_run()
    {
        Assert.That(await MigrateCommand.RunAsync(["--DataFolder", folder], new StringWriter(), new StringWriter()), Is.Zero);
        await using var app = new DsarApp(dataFolder: folder, environment: "Production",
            settings: new Dictionary<string, string?> { [SchemaAtStart.MigrateOnStartKey] = null });

        var response = await app.CreateClient().GetAsync("/");

        Assert.That((int)response.StatusCode, Is.LessThan(500));
    }

    [Test]
    public async Task A_production_store_host_without_MigrateOnStart_refuses_an_empty_database_naming_the_migrate_command()
    {
        var configuration = StoreTestHost.BuildConfiguration(folder, new Dictionary<string, string?> { ["Stores:Enabled"] = "directory" });
        await using var services = StoreTestHost.BuildServices(configuration);
        var initializer = new StoreDatabaseInitializer(services.GetRequiredService<IServiceScopeFactory>(),
            services.GetRequiredService<IOptions<StoreOptions>>(), new HostingEnvironment { EnvironmentName = Environments.Production },
            configuration, NullLogger<StoreDatabaseInitializer>.Instance);

        var failure = Assert.ThrowsAsync<InvalidOperationException>(() => initializer.StartAsync(CancellationToken.None));

        Assert.That(failure!.Message, Does.Contain("directory database is behind").And.Contain("src/DsarPlatform.Stores -- migrate"));
    }

    string SqliteIn(string name) => $"Data Source={Path.Combine(folder, name + ".db")}";

    async Task AssertStoreMigratedAsync(string store)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("DataFolder", folder)]).Build();
        await using var services = new ServiceCollection().AddStoreDatabases(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = StoreDatabase.Resolve(scope.ServiceProvider, store);
        Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty, $"{store} is migrated");
        Assert.That(await db.ProcessedTasks.CountAsync(), Is.Zero, $"{store}'s tables exist");
    }
}
