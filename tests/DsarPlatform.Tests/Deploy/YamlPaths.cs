namespace DsarPlatform.Tests.Deploy;

/// <summary>Reads into YAML deserialized as objects: <c>node.At("spec.template.spec")</c>, then items, entries or text.</summary>
static class YamlPaths
{
    public static object? At(this object? node, string path)
    {
        foreach (var key in path.Split('.'))
            node = node is Dictionary<object, object> map && map.TryGetValue(key, out var child) ? child : null;
        return node;
    }

    public static IReadOnlyList<object> Items(this object? node) => node as List<object> ?? [];

    public static IReadOnlyDictionary<object, object> Entries(this object? node) =>
        node as Dictionary<object, object> ?? new Dictionary<object, object>();

    public static string? Text(this object? node) => node as string;
}
