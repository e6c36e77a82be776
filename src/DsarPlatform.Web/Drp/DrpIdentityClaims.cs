using System.Text.Json;
using DsarPlatform.Workflows.Requests;

namespace DsarPlatform.Web.Drp;

/// <summary>
/// The schema.org/Person claims of a DRP request (section 3.04) as an intake submission. They are data points to
/// match, nothing more: <c>email_verified</c> and the other <c>*_verified</c> flags are read by no one, so verification
/// still goes through the email on record. The residence travels as the data points <c>country</c> (ISO alpha-2) and,
/// in the US, <c>state</c> (the two-letter code), which select the legal regime.
/// </summary>
public static class DrpIdentityClaims
{
    public static IntakeSubmission ToSubmission(JsonElement claims, string type)
    {
        var points = new Dictionary<string, string>();
        if (DrpGate.Text(claims, "phone_number") is { Length: > 0 } phone) points["phone"] = phone;
        if (claims.TryGetProperty("address", out var address) && address.ValueKind == JsonValueKind.Object)
        {
            if (DrpGate.Text(address, "postal_code") is { Length: > 0 } postalCode) points["postalCode"] = postalCode;
            var country = DrpGate.Text(address, "country")?.Trim().ToUpperInvariant();
            if (country is { Length: 2 } && country.All(char.IsAsciiLetter)) points["country"] = country;
            var region = DrpGate.Text(address, "region")?.Trim().ToUpperInvariant();
            if (country == "US" && region is { Length: 2 } && region.All(char.IsAsciiLetter)) points["state"] = region;
        }
        return new IntakeSubmission(type, null, DrpGate.Text(claims, "email"), DrpGate.Text(claims, "name"), points);
    }
}
