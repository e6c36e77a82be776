using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Regimes;

/// <summary>A request type the requester's regime does not offer is refused at intake, naming where it is offered.</summary>
public sealed class RegimeOfferTests
{
    DefinitionsCopy _definitions = null!;
    DsarApp _app = null!;
    DsarApi _requester = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _definitions = new DefinitionsCopy();
        var path = Path.Combine(_definitions.Folder, "regimes.json");
        var regimes = JsonNode.Parse(File.ReadAllText(path))!;
        var vcdpa = regimes["regimes"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "vcdpa")!;
        vcdpa["requestTypes"] = new JsonArray("access", "correction");
        File.WriteAllText(path, regimes.ToJsonString());
        _app = new DsarApp(settings: _definitions.Settings);
        _requester = new DsarApi(_app.CreateClient());
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
        _definitions.Dispose();
    }

    [Test, CancelAfter(60_000)]
    public async Task The_api_answers_400_naming_the_regimes_that_offer_the_type()
    {
        var response = await _requester.Client.PostAsJsonAsync("/api/requests", new
        {
            type = "deletion", email = "nobody@example.net", fullName = "No Body",
            dataPoints = new Dictionary<string, string> { ["country"] = "US", ["state"] = "VA" },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("type")[0].GetString();
        Assert.That(message, Is.EqualTo("We do not take deletion requests from residents covered by Virginia (VCDPA). "
            + "They are offered under: Our own promise; EU, EEA and UK (GDPR); California (CCPA)."));
    }

    [Test, CancelAfter(60_000)]
    public async Task The_form_answers_400_with_the_message_beside_the_residence()
    {
        using var response = await _requester.PostFormAsync("/requests/delete", new()
        {
            ["Email"] = "nobody@example.net", ["FullName"] = "No Body", ["Country"] = "US", ["State"] = "VA",
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page, Does.Contain("We do not take deletion requests from residents covered by Virginia (VCDPA)."));
        Assert.That(page, Does.Contain("<option value=\"VA\" selected=\"selected\">Virginia</option>"), "what was chosen is kept");
    }

    [Test, CancelAfter(60_000)]
    public async Task Other_regimes_still_take_the_type()
    {
        var reference = await _requester.SubmitAsync(new
        {
            type = "deletion", email = "nobody@example.net", fullName = "No Body",
            dataPoints = new Dictionary<string, string> { ["country"] = "US", ["state"] = "CA" },
        });

        Assert.That(reference, Does.StartWith("DSR-"));
    }
}
