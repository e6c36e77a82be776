namespace DsarPlatform.Workflows.Requests;

/// <summary>How a request type is named outside C#: the key of its workflow definition ("deletion", as in the JSON files).</summary>
public static class RequestTypes
{
    public static string Key(this RequestType type) => type.ToString().ToLowerInvariant();
}
