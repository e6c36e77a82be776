using System.Net;
using DsarPlatform.Contracts;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;
using DsarPlatform.Workflows.Wording;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Tests.Wording;

/// <summary>Every shipped email renders for every request type, and its plain text and HTML say the same words.</summary>
public sealed class EmailRenderingTests
{
    static readonly DateTime At = new(2026, 11, 3, 7, 30, 0, DateTimeKind.Utc);
    List<WorkflowDefinition> _definitions = null!;

    [OneTimeSetUp]
    public async Task LoadDefinitions() => _definitions = await ShippedDefinitions.LoadAsync();

    [Test]
    public void Every_email_renders_for_every_type_and_its_text_and_html_say_the_same()
    {
        var options = Options.Create(new EmailOptions { PublicBaseUrl = "http://localhost" });
        var (templates, wordings) = (new EmailTemplates(TemplatesCopy.Shipped), new RequestWordings(TemplatesCopy.Shipped));
        var emails = new EmailComposer(options, templates, wordings);
        var notices = new RequesterNoticeComposer(options, templates, wordings);
        foreach (var type in RequestTypes.All)
        {
            var definition = _definitions.Single(d => d.RequestType == type.Key());
            var request = new DsarRequest
            {
                Reference = "DSR-<&>\"'", Type = type, Channel = "web", SubmittedEmail = "a@example.com", SubmittedName = "A", DueAtUtc = At.AddDays(30),
                Corrections = [new("city", "Paris", null, true), new("phone", "1", null, false, "No <proof>")],
            };
            var erased = new StoreTask { Store = "billing", Action = StoreActions.Erase };
            erased.Complete(new([new("call-records", 3)], [new("invoices", 2, "tax law", At.AddYears(7))]), At);
            var mails = new Dictionary<string, EmailContent>
            {
                ["receipt"] = notices.Receipt(request, definition, "token"),
                ["linked"] = notices.LinkedToOpenRequest(request, request, null),
                ["holder"] = notices.HolderNotice(request),
                ["new link"] = notices.NewStatusLink(request, "token"),
                ["verification"] = emails.Verification(request, definition, "token", At),
                ["extension"] = emails.Extension(request, definition.Policy, "Because <b>", "token"),
                ["information"] = emails.InformationNeeded(request, "Which <city>?", "token"),
                ["access ready"] = emails.AccessReady(request, "token", At, null),
                ["denial"] = emails.Denial(request, "Because & why", "GDPR Art. <12>", "token"),
                ["code"] = emails.DownloadCode(request, "123456"),
            };
            foreach (var reply in definition.Steps.Where(s => s.Template is not null && s.Template != "access-ready"))
                mails[reply.Template!] = emails.Compose(reply.Template!, request, definition, [erased], [], "token");

            foreach (var (name, mail) in mails)
            {
                Assert.That(mail.Subject, Does.Contain(request.Reference), $"{type} {name}");
                var paragraphs = mail.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
                Assert.That(paragraphs, Has.Length.GreaterThan(1), $"{type} {name}");
                foreach (var line in paragraphs.SelectMany(p => p.Split('\n')))
                    Assert.That(WebUtility.HtmlDecode(mail.Html), Does.Contain(line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : line), $"{type} {name}");
            }
        }
    }
}
