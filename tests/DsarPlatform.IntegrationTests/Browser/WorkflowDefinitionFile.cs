using System.Text.Json.Nodes;
using System.Xml;
using DsarPlatform.IntegrationTests.Infrastructure;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>Reads the workflow definitions the web host under test loads (workflows/ beside its binaries).</summary>
public static class WorkflowDefinitionFile
{
    /// <summary>The duration of the <c>Wait</c> step named <paramref name="step"/> in definition <paramref name="workflowId"/>.</summary>
    public static TimeSpan WaitDuration(string workflowId, string step)
    {
        var (definition, path) = Read(workflowId);
        var wait = definition["steps"]!.AsArray().Single(s => (string?)s!["name"] == step)!;
        Assert.That((string?)wait["activity"], Is.EqualTo("Wait"), $"{path}: step {step}");
        return XmlConvert.ToTimeSpan((string)wait["duration"]!);
    }

    /// <summary>The version definition <paramref name="workflowId"/> has now, which new requests are pinned to.</summary>
    public static int Version(string workflowId) => (int)Read(workflowId).Definition["version"]!;

    static (JsonNode Definition, string Path) Read(string workflowId)
    {
        var path = Path.Combine(Path.GetDirectoryName(BuiltApp.DllPath(BuiltApp.Web))!, "workflows", workflowId + ".json");
        return (JsonNode.Parse(File.ReadAllText(path))!, path);
    }
}
