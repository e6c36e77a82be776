using System.Text.Json.Serialization;

namespace DsarPlatform.Web.Drp;

/// <summary>The DRP 1.0 error object (section 3.06): the HTTP code as a string, a message, and whether the request is over.</summary>
public sealed record DrpError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("fatal")] [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Fatal = null)
{
    [JsonIgnore] public int StatusCode => int.Parse(Code, System.Globalization.CultureInfo.InvariantCulture);

    public static DrpError Of(int statusCode, string message, bool? fatal = null) =>
        new(statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), message, fatal);
}
