namespace DsarPlatform.Workflows.Records;

/// <summary>How the metrics group requests over time: by the UTC month or the ISO week (from Monday) they were received in.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<MetricsInterval>))]
public enum MetricsInterval
{
    Month,
    Week,
}
