using System.Text.Json.Serialization;

namespace DsarPlatform.Workflows.Drp;

/// <summary>
/// The Exercise Status object of DRP 1.0 (section 3.03): what the status endpoint answers and callbacks carry.
/// <see cref="UserVerificationUrl"/> is set while the request waits for the user's confirmation (section 3.02.1).
/// </summary>
public sealed record DrpStatus(
    [property: JsonPropertyName("request_id")] string RequestId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("received_at")] DateTimeOffset ReceivedAt,
    [property: JsonPropertyName("expected_by")] DateTimeOffset? ExpectedBy,
    [property: JsonPropertyName("agent_request_id")] string? AgentRequestId,
    [property: JsonPropertyName("processing_details")] string? ProcessingDetails,
    [property: JsonPropertyName("user_verification_url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    string? UserVerificationUrl = null);
