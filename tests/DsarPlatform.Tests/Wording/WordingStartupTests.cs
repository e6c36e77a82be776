using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Wording;

/// <summary>The product refuses to start while a request type or an email lacks its words, and says which file to write.</summary>
public sealed class WordingStartupTests
{
    [TestCase("requests/correction.liquid", "templates/requests/correction.liquid is missing: every request type needs its wording, and RequestType.Correction has none")]
    [TestCase("emails/deletion-reply.liquid", "templates/emails/deletion-reply.liquid is missing: step 'reply' of workflow 'deletion' v4 sends it")]
    [TestCase("emails/receipt.liquid", "templates/emails/receipt.liquid is missing")]
    public async Task A_missing_template_stops_the_start_naming_the_file_and_what_needs_it(string file, string message)
    {
        using var templates = new TemplatesCopy();
        templates.Delete(file);

        await AssertStartFailsAsync(templates, message);
    }

    [Test]
    public async Task A_type_template_without_a_sentence_its_workflow_needs_stops_the_start()
    {
        using var templates = new TemplatesCopy();
        templates.Edit("requests/deletion.liquid", "capture wait_for", "capture waiting_for");

        await AssertStartFailsAsync(templates, "templates/requests/deletion.liquid has no 'wait_for' sentence");
    }

    [Test]
    public async Task A_misspelt_value_in_a_type_template_stops_the_start()
    {
        using var templates = new TemplatesCopy();
        templates.Edit("requests/deletion.liquid", "{{ propagation_days }}", "{{ propagation_dayz }}");

        await AssertStartFailsAsync(templates, "templates/requests/deletion.liquid", "propagation_dayz");
    }

    static async Task AssertStartFailsAsync(TemplatesCopy templates, params string[] messages)
    {
        var app = new DsarApp(settings: templates.Settings);
        try
        {
            var failure = Assert.Catch(() => app.CreateClient());
            foreach (var message in messages) Assert.That(failure!.ToString(), Does.Contain(message));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }
}
