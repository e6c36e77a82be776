using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Workflows;

/// <summary>Definitions are versioned: a running request keeps its version; a silently changed file is refused.</summary>
public sealed class DefinitionVersionTests
{
    static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "workflows");

    [Test, CancelAfter(90_000)]
    public async Task A_running_request_keeps_its_version_and_new_requests_start_on_the_new_one()
    {
        var folder = CopyDefinitions();
        var app = new DsarApp(settings: Settings(folder));
        try
        {
            var api = new DsarApi(app.CreateClient());
            var first = await api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
            await app.DisposeAsync();

            var deletion = Path.Combine(folder, "deletion.json");
            File.WriteAllText(deletion, File.ReadAllText(deletion).Replace("\"version\": 1", "\"version\": 2").Replace("\"P14D\"", "\"P15D\""));
            app = new DsarApp(app.DataFolder, app.Clock.GetUtcNow(), Settings(folder));
            api = new DsarApi(app.CreateClient());
            var second = await api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");

            await api.ConfirmAsync(await api.VerificationLinkAsync(first));
            await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
            var old = await api.WaitForRequestAsync(first, r => r.CurrentStep == "directory-propagation", "the first request's wait");
            Assert.That(old.DefinitionVersion, Is.EqualTo(1));
            var wait = old.Journal.Single(j => j.Event == "WaitStarted").AtUtc;
            Assert.That(old.Journal.Single(j => j.Event == "WaitStarted").Detail, Does.Contain($"until {wait.AddDays(14):yyyy-MM-dd}"), "v1 still waits 14 days");
            Assert.That((await api.RequestAsync(second)).DefinitionVersion, Is.EqualTo(2));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test, CancelAfter(60_000)]
    public async Task A_file_changed_without_a_new_version_is_refused_naming_the_file()
    {
        var folder = CopyDefinitions();
        var app = new DsarApp(settings: Settings(folder));
        try
        {
            app.CreateClient();
            await app.DisposeAsync();
            var deletion = Path.Combine(folder, "deletion.json");
            File.WriteAllText(deletion, File.ReadAllText(deletion).Replace("\"P14D\"", "\"P10D\""));

            app = new DsarApp(app.DataFolder, settings: Settings(folder));
            var failure = Assert.Catch(() => app.CreateClient());
            Assert.That(failure!.ToString(), Does.Contain("workflows/deletion.json changed but still says version 1"));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_definition_that_breaks_the_schema_is_refused_with_the_path_of_the_error()
    {
        var schema = NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(Shipped, "workflow.schema.json")).GetAwaiter().GetResult();
        var broken = File.ReadAllText(Path.Combine(Shipped, "deletion.json")).Replace("\"duration\": \"P14D\"", "\"duration\": \"two weeks\"");
        var failure = Assert.Throws<InvalidOperationException>(() => DsarPlatform.Workflows.Definitions.DefinitionLoader.Parse(schema, "deletion.json", broken));
        Assert.That(failure!.Message, Does.Contain("deletion.json does not match workflow.schema.json"));
    }

    static Dictionary<string, string?> Settings(string folder) => new() { ["Workflows:DefinitionsFolder"] = folder };

    static string CopyDefinitions()
    {
        var folder = Directory.CreateTempSubdirectory("dsar-definitions-").FullName;
        foreach (var file in Directory.GetFiles(Shipped)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }
}
