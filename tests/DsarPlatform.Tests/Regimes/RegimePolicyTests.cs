using System.Text.Json.Nodes;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Tests.Regimes;

/// <summary>
/// Each shipped definition's effective policy per regime: the base policy, overlaid with the definition's override for the
/// regime, overlaid with the regime's time zone. A definition naming a regime that is not listed does not start.
/// </summary>
public sealed class RegimePolicyTests
{
    [TestCase("access", "company", "P30D", "America/Los_Angeles", 3, "P60D")]
    [TestCase("access", "gdpr", "P1M", "Europe/Luxembourg", 3, "P2M")]
    [TestCase("access", "ccpa", "P45D", "America/Los_Angeles", 3, "P45D")]
    [TestCase("access", "vcdpa", "P45D", "America/New_York", 3, "P45D")]
    [TestCase("correction", "company", "P30D", "America/Los_Angeles", 2, "P60D")]
    [TestCase("correction", "gdpr", "P1M", "Europe/Luxembourg", 2, "P2M")]
    [TestCase("correction", "ccpa", "P45D", "America/Los_Angeles", 2, "P45D")]
    [TestCase("correction", "vcdpa", "P45D", "America/New_York", 2, "P45D")]
    [TestCase("deletion", "company", "P30D", "America/Los_Angeles", 1, "P60D")]
    [TestCase("deletion", "gdpr", "P1M", "Europe/Luxembourg", 1, "P2M")]
    [TestCase("deletion", "ccpa", "P45D", "America/Los_Angeles", 1, "P45D")]
    [TestCase("deletion", "vcdpa", "P45D", "America/New_York", 1, "P45D")]
    public async Task The_effective_policy_is_the_base_overlaid_with_the_regime(string definition, string regime, string period, string timeZone, int level, string extension)
    {
        var policy = (await ShippedDefinitions.LoadAsync()).Single(d => d.Id == definition).PolicyFor(regime);

        Assert.That((policy.ResponsePeriod, policy.TimeZone, policy.VerificationLevel, policy.ExtensionLimit),
            Is.EqualTo((period, timeZone, level, extension)));
        Assert.That(policy.RecordsRetentionMonths, Is.EqualTo(24), "what no override names stays as the base says");
    }

    [Test]
    public async Task Only_the_ccpa_asks_for_a_receipt_confirmation()
    {
        var access = (await ShippedDefinitions.LoadAsync()).Single(d => d.Id == "access");

        Assert.That(access.PolicyFor("ccpa").ReceiptConfirmationBusinessDays, Is.EqualTo(10));
        Assert.That(new[] { "company", "gdpr", "vcdpa" }.Select(r => access.PolicyFor(r).ReceiptConfirmationBusinessDays), Is.All.Null);
    }

    [Test]
    public async Task A_regime_no_longer_listed_falls_back_to_the_company_promise()
    {
        var access = (await ShippedDefinitions.LoadAsync()).Single(d => d.Id == "access");

        Assert.That(access.PolicyFor("retired-regime"), Is.SameAs(access.PolicyFor("company")));
        Assert.That(access.PolicyFor("ccpa"), Is.SameAs(access.PolicyFor("ccpa")), "composed once, at load");
    }

    [Test]
    public void An_override_may_name_any_policy_property_and_none_is_required()
    {
        var access = JsonNode.Parse(File.ReadAllText(Path.Combine(DefinitionsCopy.Shipped, "access.json")))!.AsObject();
        access["regimes"]!["gdpr"] = access["policy"]!.DeepClone();
        access["regimes"]!["vcdpa"] = new JsonObject();

        Assert.DoesNotThrow(() => DefinitionLoader.Parse(Schema(), "access.json", access.ToJsonString()));
    }

    [Test]
    public void An_override_with_a_property_no_policy_has_is_refused()
    {
        var access = JsonNode.Parse(File.ReadAllText(Path.Combine(DefinitionsCopy.Shipped, "access.json")))!.AsObject();
        access["regimes"]!["gdpr"]!["responsePeriodd"] = "P1M";

        var failure = Assert.Throws<InvalidOperationException>(() => DefinitionLoader.Parse(Schema(), "access.json", access.ToJsonString()));
        Assert.That(failure!.Message, Does.Contain("access.json does not match workflow.schema.json"));
    }

    [Test, CancelAfter(60_000)]
    public async Task A_definition_overriding_an_unlisted_regime_does_not_start_and_says_which()
    {
        using var definitions = new DefinitionsCopy();
        definitions.BumpVersion("access.json");
        definitions.Edit("access.json", "\"vcdpa\": {", "\"vcdpaa\": {");
        var app = new DsarApp(settings: definitions.Settings);
        try
        {
            var failure = Assert.Catch(() => app.CreateClient());
            Assert.That(failure!.ToString(), Does.Contain("workflows/access.json overrides the policy for regime(s) 'vcdpaa', which workflows/regimes.json does not list"));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    static NJsonSchema.JsonSchema Schema() =>
        NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(DefinitionsCopy.Shipped, "workflow.schema.json")).GetAwaiter().GetResult();
}
