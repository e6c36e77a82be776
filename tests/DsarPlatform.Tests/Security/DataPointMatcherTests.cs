using DsarPlatform.Workflows.Verification;

namespace DsarPlatform.Tests.Security;

/// <summary>Equal facts written differently match; different facts never do.</summary>
public sealed class DataPointMatcherTests
{
    static readonly Dictionary<string, string> Alice = new()
    {
        ["fullName"] = "Chloé Alice Example", ["phone"] = "+15555550101", ["country"] = "US", ["postalCode"] = "94105",
        ["dateOfBirth"] = "1990-04-03", ["cardLastFour"] = "4242,1881",
    };

    [TestCase("fullName", "chloe alice example")]
    [TestCase("fullName", "  CHLOÉ  Alice   EXAMPLE ")]
    [TestCase("fullName", "Example, Chloe Alice")]
    [TestCase("phone", "+1 555-555-0101")]
    [TestCase("phone", "15555550101")]
    [TestCase("phone", "(555) 555-0101")]
    [TestCase("phone", "555.555.0101")]
    [TestCase("phone", "001 555 555 0101")]
    [TestCase("country", "United States")]
    [TestCase("country", "USA")]
    [TestCase("country", "u.s.a.")]
    [TestCase("country", "us")]
    [TestCase("postalCode", "94105-1234")]
    [TestCase("postalCode", " 94105 ")]
    [TestCase("dateOfBirth", "1990-04-03")]
    [TestCase("dateOfBirth", "04/03/1990")]
    [TestCase("dateOfBirth", "April 3, 1990")]
    [TestCase("dateOfBirth", "3 April 1990")]
    [TestCase("dateOfBirth", "19900403")]
    [TestCase("cardLastFour", "4242")]
    [TestCase("cardLastFour", "**** **** **** 1881")]
    public void Equal_facts_written_differently_match(string field, string submitted)
    {
        var result = DataPointMatcher.Match(new Dictionary<string, string> { [field] = submitted }, Alice);
        Assert.That(result.Matched, Is.EqualTo(new[] { field }));
        Assert.That(result.Mismatched, Is.Empty);
    }

    [TestCase("fullName", "Chloe Example")]
    [TestCase("fullName", "Alice Chloe Exampel")]
    [TestCase("phone", "+1 555-555-0102")]
    [TestCase("phone", "+44 555 555 0101")]
    [TestCase("country", "Canada")]
    [TestCase("country", "FR")]
    [TestCase("postalCode", "94106")]
    [TestCase("dateOfBirth", "03/04/1990")]
    [TestCase("dateOfBirth", "1990-03-04")]
    [TestCase("cardLastFour", "4243")]
    [TestCase("cardLastFour", "424")]
    public void Different_facts_do_not_match(string field, string submitted)
    {
        var result = DataPointMatcher.Match(new Dictionary<string, string> { [field] = submitted }, Alice);
        Assert.That(result.Matched, Is.Empty);
        Assert.That(result.Mismatched, Is.EqualTo(new[] { field }));
    }

    [TestCase("FR", "France", "+33 6 12 34 56 78", "06 12 34 56 78")]
    [TestCase("DE", "Germany", "0049 30 1234567", "030 1234567")]
    [TestCase("GB", "United Kingdom", "+44 20 7946 0958", "020 7946 0958")]
    [TestCase("GB", "UK", "+44 20 7946 0958", "+44 (0)20 7946 0958")]
    public void National_and_international_phone_formats_match_for_the_record_country(string recordCountry, string typedCountry, string recordPhone, string typedPhone)
    {
        var record = new Dictionary<string, string> { ["country"] = recordCountry, ["phone"] = recordPhone };
        var result = DataPointMatcher.Match(new Dictionary<string, string> { ["country"] = typedCountry, ["phone"] = typedPhone }, record);
        Assert.That(result.Matched, Is.EquivalentTo(new[] { "country", "phone" }));
    }

    [Test]
    public void Outside_the_US_slashed_dates_are_read_day_first()
    {
        var record = new Dictionary<string, string> { ["country"] = "FR", ["dateOfBirth"] = "1990-04-03" };
        Assert.That(DataPointMatcher.Match(new Dictionary<string, string> { ["dateOfBirth"] = "03/04/1990" }, record).MatchedCount, Is.EqualTo(1));
        Assert.That(DataPointMatcher.Match(new Dictionary<string, string> { ["dateOfBirth"] = "03.04.1990" }, record).MatchedCount, Is.EqualTo(1));
        Assert.That(DataPointMatcher.Match(new Dictionary<string, string> { ["dateOfBirth"] = "04/03/1990" }, record).MatchedCount, Is.Zero);
    }

    [Test]
    public void Fields_being_corrected_count_neither_way()
    {
        var submitted = new Dictionary<string, string> { ["phone"] = "+1 555 000 0000", ["postalCode"] = "94105", ["country"] = "USA" };
        var result = DataPointMatcher.Match(submitted, Alice, beingCorrected: ["Phone"]);
        Assert.That(result.Matched, Is.EquivalentTo(new[] { "postalCode", "country" }));
        Assert.That(result.Mismatched, Is.Empty);
        Assert.That(result.MatchedCount, Is.EqualTo(2));
    }

    [Test]
    public void Points_the_record_lacks_or_left_empty_prove_nothing()
    {
        var submitted = new Dictionary<string, string> { ["shoeSize"] = "42", ["phone"] = "  ", ["fullName"] = "" };
        var result = DataPointMatcher.Match(submitted, Alice);
        Assert.That(result.Matched, Is.Empty);
        Assert.That(result.Mismatched, Is.Empty);
    }

    [Test]
    public void Punctuation_alone_never_matches_an_empty_looking_record()
    {
        var record = new Dictionary<string, string> { ["fullName"] = "---", ["nickname"] = "!!" };
        var result = DataPointMatcher.Match(new Dictionary<string, string> { ["fullName"] = "...", ["nickname"] = "??" }, record);
        Assert.That(result.Matched, Is.Empty);
    }

    [Test]
    public void Several_points_are_counted_together()
    {
        var submitted = new Dictionary<string, string>
        {
            ["fullName"] = "chloe alice example", ["phone"] = "(555) 555-0101", ["dateOfBirth"] = "1991-04-03", ["cardLastFour"] = "1881",
        };
        var result = DataPointMatcher.Match(submitted, Alice);
        Assert.That(result.Matched, Is.EquivalentTo(new[] { "fullName", "phone", "cardLastFour" }));
        Assert.That(result.Mismatched, Is.EqualTo(new[] { "dateOfBirth" }));
    }
}
