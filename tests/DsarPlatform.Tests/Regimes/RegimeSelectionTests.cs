using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Regimes;

namespace DsarPlatform.Tests.Regimes;

/// <summary>
/// Which regime a request gets from the residence stated (country, US state) and the account record's country, with the
/// shipped regimes: the stated residence wins, the record fills in, a disagreement names both regimes.
/// </summary>
public sealed class RegimeSelectionTests
{
    RegimeCatalog _regimes = null!;

    [OneTimeSetUp]
    public async Task LoadRegimes() => _regimes = await ShippedRegimes.LoadAsync();

    [TestCase("US", "CA", null, "ccpa", "stated residence US-CA", TestName = "A Californian gets the CCPA")]
    [TestCase("us", " ca ", null, "ccpa", "stated residence US-CA", TestName = "Codes are read trimmed and in any case")]
    [TestCase("US", "VA", null, "vcdpa", "stated residence US-VA", TestName = "A Virginian gets the VCDPA")]
    [TestCase("US", "TX", null, "company", "stated residence US-TX", TestName = "A US state with no regime of its own gets the company's promise")]
    [TestCase("US", null, null, "company", "stated residence US", TestName = "The US without a state gets the company's promise")]
    [TestCase("FR", null, null, "gdpr", "stated residence FR", TestName = "A French resident gets the GDPR")]
    [TestCase("GB", null, null, "gdpr", "stated residence GB", TestName = "A UK resident gets the GDPR")]
    [TestCase("NO", null, null, "gdpr", "stated residence NO", TestName = "An EEA resident gets the GDPR")]
    [TestCase("FR", "CA", null, "gdpr", "stated residence FR", TestName = "A US state outside the US is ignored")]
    [TestCase("JP", null, null, "company", "stated residence JP", TestName = "An unknown country gets the company's promise")]
    [TestCase(null, null, null, "company", "no residence stated or on record", TestName = "Nothing stated and no record gets the company's promise")]
    [TestCase("", "CA", null, "company", "no residence stated or on record", TestName = "A state without a country is not a residence")]
    [TestCase(null, null, "DE", "gdpr", "account record DE", TestName = "The record fills in when nothing was stated")]
    [TestCase(null, null, "US", "company", "account record US", TestName = "A US record holds no state: the company's promise")]
    [TestCase("US", "CA", "US", "ccpa", "stated residence US-CA", TestName = "A stated state agrees with a record in its country")]
    [TestCase("US", "CA", "FR", "ccpa", "stated residence US-CA", TestName = "The stated residence wins over a record elsewhere")]
    [TestCase("FR", null, "DE", "gdpr", "stated residence FR", TestName = "Two countries of one regime agree")]
    public void The_regime_follows_the_documented_order(string? country, string? state, string? recordCountry, string regime, string reason)
    {
        var choice = RegimeSelection.Choose(_regimes, country, state, recordCountry);

        Assert.That((choice.Regime.Id, choice.Reason), Is.EqualTo((regime, reason)));
    }

    [Test]
    public void A_record_in_another_regime_is_a_disagreement_naming_both_regime_ids()
    {
        var choice = RegimeSelection.Choose(_regimes, "US", "CA", "FR");

        Assert.That(choice.Disagreement, Is.EqualTo("stated residence US-CA (ccpa) and account record FR (gdpr) differ: the stated residence applies"));
        Assert.That(RegimeSelection.Choose(_regimes, "FR", null, "DE").Disagreement, Is.Null, "same regime, no disagreement");
        Assert.That(RegimeSelection.Choose(_regimes, null, null, "FR").Disagreement, Is.Null, "nothing stated, nothing to disagree with");
    }

    [Test]
    public void Every_listed_country_and_state_code_is_one_a_requester_can_choose()
    {
        var countries = _regimes.All.SelectMany(r => r.Countries).ToList();
        var states = _regimes.All.SelectMany(r => r.UsStates).ToList();

        Assert.That(countries.Where(c => !ResidenceCodes.IsCountry(c)), Is.Empty, "every regime country is in the form's list");
        Assert.That(states.Where(s => !ResidenceCodes.IsUsState(s)), Is.Empty, "every regime state is in the form's list");
        Assert.That(countries, Is.Unique, "a country belongs to one regime");
    }
}
