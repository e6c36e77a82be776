using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Wording;

namespace DsarPlatform.Tests.Wording;

/// <summary>Every denial code has its requester-facing text in templates/denials; a missing or broken one stops the start, naming it.</summary>
public sealed class DenialTextsTests
{
    [Test]
    public void Every_code_renders_its_own_text_and_an_exemption_quotes_the_ground()
    {
        var texts = new DenialTexts(TemplatesCopy.Shipped);
        var rendered = DenialCodes.All.Select(code => texts.Reason(code, code.NeedsGround ? "GROUND-X" : null)).ToList();
        Assert.That(rendered, Is.Unique);
        Assert.That(rendered, Has.All.Length.GreaterThan(40));
        Assert.That(texts.Reason(DenialCodes.Find(DenialCodes.LegalExemption)!, "GROUND-X"), Does.Contain("GROUND-X"));
    }

    [Test]
    public void A_code_without_its_template_stops_the_start_naming_the_file()
    {
        using var copy = new TemplatesCopy();
        copy.Delete("denials/duplicate.liquid");
        Assert.That(() => new DenialTexts(copy.Folder), Throws.InvalidOperationException.With.Message.Contains("templates/denials/duplicate.liquid"));
    }

    [Test]
    public void A_template_without_its_reason_stops_the_start()
    {
        using var copy = new TemplatesCopy();
        copy.Edit("denials/not-a-customer.liquid", "capture reason", "capture because");
        Assert.That(() => new DenialTexts(copy.Folder), Throws.InvalidOperationException.With.Message.Contains("has no 'reason'"));
    }
}
