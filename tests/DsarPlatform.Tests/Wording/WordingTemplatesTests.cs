using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Wording;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Tests.Wording;

/// <summary>
/// The requester-facing words live in templates/: every request type has its wording and every email its template,
/// checked at start; an unknown type never reads as another type's words.
/// </summary>
public sealed class WordingTemplatesTests
{
    static readonly string Shipped = TemplatesCopy.Shipped;

    [Test]
    public async Task Every_request_type_has_every_sentence_its_workflow_needs_and_every_email_its_template()
    {
        var definitions = await ShippedDefinitions.LoadAsync();
        var wordings = new RequestWordings(Shipped);
        var emails = new EmailTemplates(Shipped);

        Assert.DoesNotThrow(() => wordings.Validate(definitions));
        Assert.DoesNotThrow(() => emails.Validate(definitions));
        foreach (var type in RequestTypes.All)
        {
            var definition = definitions.Single(d => d.RequestType == type.Key());
            var wording = wordings.For(type, definition, DateTime.UnixEpoch);
            foreach (var sentence in RequestWording.Needed(definition)) Assert.That(wording.Sentence(sentence), Is.Not.Empty, $"{type}: {sentence}");
        }
    }

    [Test]
    public void Each_type_says_what_it_is_in_its_own_words()
    {
        var wordings = new RequestWordings(Shipped);
        var described = RequestTypes.All.Select(t => wordings.For(t).Describe).ToList();
        var outcomes = RequestTypes.All.Select(t => wordings.For(t).Outcome).ToList();

        Assert.That(described, Is.Unique);
        Assert.That(outcomes, Is.Unique);
        Assert.That(wordings.For(RequestType.Access).Describe, Is.EqualTo("see the personal data we hold"));
    }

    [Test]
    public void A_sentence_a_type_does_not_have_is_refused_rather_than_borrowed()
    {
        var access = new RequestWordings(Shipped).For(RequestType.Access);

        var failure = Assert.Throws<InvalidOperationException>(() => _ = access.WaitStage);
        Assert.That(failure!.Message, Does.Contain("templates/requests/access.liquid has no 'wait_stage' sentence"));
    }

    [Test]
    public void A_missing_type_template_is_refused_naming_the_type_and_the_file()
    {
        using var templates = new TemplatesCopy();
        templates.Delete("requests/correction.liquid");

        var failure = Assert.Throws<InvalidOperationException>(() => _ = new RequestWordings(templates.Folder));
        Assert.That(failure!.Message, Does.Contain("templates/requests/correction.liquid is missing").And.Contain("RequestType.Correction"));
    }

    [Test]
    public void An_email_with_values_writes_them_as_typed_in_the_text_and_encoded_in_the_html()
    {
        var emails = new EmailComposer(Options.Create(new EmailOptions { PublicBaseUrl = "http://localhost/" }),
            new EmailTemplates(Shipped), new RequestWordings(Shipped));
        var request = new DsarRequest { Reference = "DSR-0000000001", Type = RequestType.Access, Channel = "api", SubmittedEmail = "a@example.com", SubmittedName = "A" };

        var mail = emails.Denial(request, "We could not match <b>\"your\"</b> details & more.", "GDPR Art. 12(6)", "token");

        Assert.That(mail.Subject, Is.EqualTo("We could not carry out your request DSR-0000000001"));
        Assert.That(mail.Text, Does.Contain("Why: We could not match <b>\"your\"</b> details & more.\n\n"));
        Assert.That(mail.Html, Does.Contain("<p>Why: We could not match &lt;b&gt;&quot;your&quot;&lt;/b&gt; details &amp; more.</p>"));
        Assert.That(mail.Text, Does.Contain("http://localhost/status/token"));
        Assert.That(mail.Html, Does.Contain("<a href=\"http://localhost/status/token\">See my request&#x27;s status</a>"));
    }

    [Test]
    public void Text_outside_an_emails_blocks_is_refused_rather_than_lost()
    {
        using var templates = new TemplatesCopy();
        templates.Edit("emails/download-code.liquid", "{% paragraph %}{{ code }}{% endparagraph %}", "{{ code }}");
        var emails = new EmailTemplates(templates.Folder);

        var failure = Assert.Throws<InvalidOperationException>(() =>
            emails.Render("download-code", new Dictionary<string, object> { ["reference"] = "DSR-1", ["code"] = "123456" }));
        Assert.That(failure!.Message, Does.Contain("templates/emails/download-code.liquid has text outside its blocks: \"123456\""));
    }
}
