namespace DsarPlatform.Bench.Intake;

/// <summary>The JSON body <c>POST /api/requests</c> takes, bound the same way (System.Text.Json, web defaults).</summary>
public sealed record FloorSubmission(
    string? Type, string? AccountId, string? Email, string? FullName, Dictionary<string, string>? DataPoints);
