using DsarPlatform.Tests.Support;
using DsarPlatform.Stores;
using Microsoft.Data.Sqlite;

namespace DsarPlatform.Tests.Hosting;

[TestFixture, CancelAfter(60_000)]
public class StoresHostSettingsTests
{
    string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("dsar-stores-host-").FullName;

    [TearDown]
    public void DeleteFolder() => TestFolder.Delete(folder);

    [TestCase("Bus:Transport", "Carrier")]
    [TestCase("Bus:RetryLimit", "-1")]
    [TestCase("Bus:PayloadKey", "not base64")]
    [TestCase("Stores:Enabled", "billing,bogus")]
    [TestCase("Stores:Provider", "Oracle")]
    public void A_bad_setting_stops_the_stores_host_at_start_naming_its_key(string key, string value)
    {
        var failure = Assert.CatchAsync(async () =>
        {
            using var host = StoresProgram.BuildHost([$"--DataFolder={folder}", $"--{key}={value}"]);
            await host.StartAsync();
        });

        Assert.That(SettingFailures.Messages(failure), Does.Contain(key));
    }

    [Test]
    public void The_RabbitMq_transport_without_its_connection_string_stops_the_stores_host_at_start()
    {
        var failure = Assert.CatchAsync(async () =>
        {
            using var host = StoresProgram.BuildHost([$"--DataFolder={folder}", "--Bus:Transport=RabbitMq", "--Stores:Enabled=contacts"]);
            await host.StartAsync();
        });

        Assert.That(SettingFailures.Messages(failure), Does.Contain("ConnectionStrings:RabbitMq"));
    }

    [Test]
    public async Task The_stores_host_starts_with_valid_settings()
    {
        using var host = StoresProgram.BuildHost([$"--DataFolder={folder}", "--Stores:Enabled=contacts", "--Bus:RetryLimit=0", "--Database:MigrateOnStart=true"]);

        await host.StartAsync();
        await host.StopAsync();

        Assert.That(File.Exists(Path.Combine(folder, "contacts.db")), Is.True);
    }
}
