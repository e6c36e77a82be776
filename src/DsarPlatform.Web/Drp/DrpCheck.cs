using System.Text.Json;

namespace DsarPlatform.Web.Drp;

/// <summary>What checking a signed body gave: the error to answer, or the verified JSON's claims.</summary>
public sealed record DrpCheck(DrpError? Error, JsonElement Claims)
{
    public static DrpCheck Failed(DrpError error) => new(error, default);
}
