using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Intake;

/// <summary>The promises the public pages make come from the workflow definitions, so editing a definition changes the words.</summary>
public sealed class PolicyPromisesTests
{
    [Test, CancelAfter(60_000)]
    public async Task The_pages_state_the_response_period_directory_delay_and_link_lifetime_of_the_definitions()
    {
        using var definitions = new DefinitionsCopy();
        foreach (var file in new[] { "access.json", "correction.json", "deletion.json", "disclosures.json" })
        {
            definitions.Edit(file, "\"responsePeriod\": \"P30D\"", "\"responsePeriod\": \"P45D\"");
            definitions.Edit(file, "\"verificationLinkLifetime\": \"PT24H\"", "\"verificationLinkLifetime\": \"PT48H\"");
            definitions.BumpVersion(file);
        }
        definitions.Edit("deletion.json", "\"duration\": \"P14D\"", "\"duration\": \"P21D\"");
        await using var app = new DsarApp(settings: definitions.Settings);
        try
        {
            var client = app.CreateClient();
            var start = await client.GetStringAsync("/");
            var deletion = await client.GetStringAsync("/requests/delete");
            var submitted = await client.GetStringAsync("/requests/submitted/DSR-0000000000");

            Assert.That(start, Does.Contain("within 45 days").And.Contain("up to 21 days").And.Not.Contain("30 days"));
            Assert.That(deletion, Does.Contain("up to 21 days").And.Not.Contain("14 days"));
            Assert.That(submitted, Does.Contain("The link works for 2 days.").And.Not.Contain("24 hours"));
        }
        finally
        {
            app.DeleteDataFolder();
        }
    }
}
