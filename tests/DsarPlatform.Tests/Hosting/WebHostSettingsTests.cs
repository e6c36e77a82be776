using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Hosting;

[TestFixture, CancelAfter(60_000)]
public class WebHostSettingsTests
{
    [TestCase("Bus:Transport", "Carrier")]
    [TestCase("Bus:RetryLimit", "-1")]
    [TestCase("Bus:PayloadKey", "c2hvcnQga2V5")]
    [TestCase("Database:Provider", "Oracle")]
    [TestCase("Stores:Enabled", "bogus")]
    [TestCase("Staff:IdleTimeout", "soon")]
    [TestCase("Staff:SignInThrottle:FirstDelay", "00:00:00")]
    [TestCase("ForwardedHeaders:KnownProxies:0", "not-an-address")]
    [TestCase("Authentication:OpenIdConnect:Authority", "not an address")]
    public void A_bad_setting_stops_the_web_host_at_start_naming_its_key(string key, string value)
    {
        var failure = SettingFailures.WebHostStartFailure(new Dictionary<string, string?> { [key] = value });

        Assert.That(SettingFailures.Messages(failure), Does.Contain(key));
    }

    [Test]
    public void The_RabbitMq_transport_without_its_connection_string_stops_the_web_host_at_start()
    {
        var failure = SettingFailures.WebHostStartFailure(new Dictionary<string, string?> { ["Bus:Transport"] = "RabbitMq" });

        Assert.That(SettingFailures.Messages(failure), Does.Contain("ConnectionStrings:RabbitMq"));
    }

    [Test]
    public async Task A_valid_payload_key_lets_the_web_host_start()
    {
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        using var app = new DsarApp(settings: new Dictionary<string, string?> { ["Bus:PayloadKey"] = key, ["Bus:RetryLimit"] = "0" });
        try
        {
            using var client = app.CreateClient();

            Assert.That((await client.GetAsync("/")).IsSuccessStatusCode, Is.True);
        }
        finally
        {
            app.DeleteDataFolder();
        }
    }
}
