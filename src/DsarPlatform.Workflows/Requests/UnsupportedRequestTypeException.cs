namespace DsarPlatform.Workflows.Requests;

/// <summary>No workflow definition handles this request type yet.</summary>
public sealed class UnsupportedRequestTypeException(RequestType type)
    : Exception($"No workflow definition handles {type} requests.")
{
    public RequestType Type { get; } = type;
}
