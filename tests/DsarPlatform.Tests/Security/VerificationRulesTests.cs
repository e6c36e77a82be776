using DsarPlatform.Workflows.Verification;

namespace DsarPlatform.Tests.Security;

public sealed class VerificationRulesTests
{
    [TestCase(false, 3, 0, true, VerificationLevel.None)]
    [TestCase(true, 0, 0, false, VerificationLevel.EmailControl)]
    [TestCase(true, 1, 0, true, VerificationLevel.EmailControl)]
    [TestCase(true, 2, 0, false, VerificationLevel.MatchedDataPoints)]
    [TestCase(true, 2, 0, true, VerificationLevel.MatchedDataPoints)]
    [TestCase(true, 3, 0, false, VerificationLevel.MatchedDataPoints)]
    [TestCase(true, 3, 0, true, VerificationLevel.SignedDeclaration)]
    [TestCase(true, 5, 1, true, VerificationLevel.EmailControl)]
    public void The_level_follows_email_control_matched_points_and_the_declaration(
        bool controlsEmail, int matched, int mismatched, bool signed, VerificationLevel expected)
    {
        var match = new DataPointMatch(
            Enumerable.Range(0, matched).Select(i => $"m{i}").ToList(), Enumerable.Range(0, mismatched).Select(i => $"x{i}").ToList());
        Assert.That(VerificationRules.Achieved(controlsEmail, match, signed), Is.EqualTo(expected));
    }

    [Test]
    public void A_higher_level_satisfies_a_lower_requirement_but_not_the_reverse()
    {
        Assert.That(VerificationRules.Satisfies(VerificationLevel.SignedDeclaration, VerificationLevel.MatchedDataPoints), Is.True);
        Assert.That(VerificationRules.Satisfies(VerificationLevel.EmailControl, VerificationLevel.MatchedDataPoints), Is.False);
    }
}
