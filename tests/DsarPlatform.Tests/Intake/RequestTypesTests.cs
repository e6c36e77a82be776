using System.Text.Json.Nodes;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Requests;

namespace DsarPlatform.Tests.Intake;

/// <summary>The request types come from one list: keys, parsing and the messages that name them.</summary>
public sealed class RequestTypesTests
{
    [Test]
    public void Every_type_parses_from_its_key_in_any_case_and_with_spaces_around()
    {
        foreach (var type in RequestTypes.All)
        {
            Assert.That(RequestTypes.TryParse(type.Key(), out var parsed) && parsed == type, type.Key());
            Assert.That(RequestTypes.TryParse($"  {type.Key().ToUpperInvariant()} ", out parsed) && parsed == type, type.Key());
        }
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("0")]
    [TestCase("2")]
    [TestCase("delete")]
    [TestCase("Access,Deletion")]
    public void Numbers_and_unknown_words_are_not_types(string? key) =>
        Assert.That(RequestTypes.TryParse(key, out _), Is.False);

    [Test]
    public void The_message_for_a_missing_type_lists_every_type()
    {
        var errors = new IntakeSubmission("restriction", null, "a@example.com", "A", null).Validate();

        Assert.That(errors["type"].Single(), Is.EqualTo("Choose the kind of request: access, correction, deletion or disclosures."));
        foreach (var type in RequestTypes.Requestable) Assert.That(errors["type"].Single(), Does.Contain(type.Key()));
    }

    [Test]
    public void An_appeal_is_a_type_but_cannot_be_made_at_intake()
    {
        var errors = new IntakeSubmission(" Appeal ", null, "a@example.com", "A", null).Validate();

        Assert.That(RequestTypes.TryParse("appeal", out var type) && type == RequestType.Appeal, "staff filter the queue by it");
        Assert.That(errors["type"].Single(), Is.EqualTo("Choose the kind of request: access, correction, deletion or disclosures."));
    }

    [Test]
    public void The_definition_schema_accepts_exactly_the_known_types()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(DefinitionsCopy.Shipped, "workflow.schema.json")))!;
        var allowed = schema["properties"]!["requestType"]!["enum"]!.AsArray().Select(k => k!.GetValue<string>());

        Assert.That(allowed, Is.EquivalentTo(RequestTypes.Keys), "workflow.schema.json's requestType enum and RequestType differ");
    }
}
