using System.Net.Mail;
using System.Text.RegularExpressions;

namespace DsarPlatform.Workflows.Requests;

/// <summary>A request as typed by the requester (form or API), with the checks both share.</summary>
public sealed partial record IntakeSubmission(
    string? Type, string? AccountId, string? Email, string? FullName, IReadOnlyDictionary<string, string>? DataPoints,
    IReadOnlyList<RequestedChange>? Changes = null, bool SignedDeclaration = false)
{
    /// <summary>Trimmed, on the form and the API alike: a space copied along with an ID or address is not an error.</summary>
    public string? AccountId { get; init; } = AccountId?.Trim();

    /// <summary>Trimmed like <see cref="AccountId"/>.</summary>
    public string? Email { get; init; } = Email?.Trim();

    public const int MaxDataPoints = 10;
    public const int MaxChanges = 10;

    public RequestType? ParsedType => RequestTypes.TryParseRequestable(Type, out var type) ? type : null;

    /// <summary>Field name (camelCase, as in the JSON) → messages; empty when the submission is acceptable.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (ParsedType is null) errors["type"] = [$"Choose the kind of request: {RequestTypes.Listed()}."];
        if (string.IsNullOrWhiteSpace(Email)) errors["email"] = ["Enter the email address of your account."];
        else if (!IsEmail(Email)) errors["email"] = ["Enter a valid email address, like name@example.com."];
        if (string.IsNullOrWhiteSpace(FullName)) errors["fullName"] = ["Enter your full name."];
        else if (FullName.Length > 200 || !IsPrintable(FullName)) errors["fullName"] = ["Enter your name in at most 200 letters, without control characters."];
        if (AccountId is { Length: > 0 } && !AccountIdPattern().IsMatch(AccountId))
            errors["accountId"] = ["An account ID has 3 to 64 letters, digits, dots, dashes or underscores."];
        if (DataPoints is { Count: > MaxDataPoints }) errors["dataPoints"] = [$"Give at most {MaxDataPoints} details."];
        else if (DataPoints?.Any(p => p.Key.Length > 40 || p.Value.Length > 200 || !IsPrintable(p.Key) || !IsPrintable(p.Value)) == true)
            errors["dataPoints"] = ["Each detail has a name of at most 40 and a value of at most 200 characters, without control characters."];
        ValidateResidence(errors);
        ValidateChanges(errors);
        return errors;
    }

    /// <summary>The residence picks the regime, so its codes must be ones a regime can be found for (see <see cref="Regimes.RegimeSelection"/>).</summary>
    void ValidateResidence(Dictionary<string, string[]> errors)
    {
        var country = DataPoints?.GetValueOrDefault(Regimes.RegimeSelection.CountryKey);
        var state = DataPoints?.GetValueOrDefault(Regimes.RegimeSelection.StateKey);
        if (!string.IsNullOrWhiteSpace(country) && !Regimes.ResidenceCodes.IsCountry(country))
            errors[Regimes.RegimeSelection.CountryKey] = ["Choose the country you live in from the list (a two-letter ISO 3166-1 code, like FR or US)."];
        if (!string.IsNullOrWhiteSpace(state) && !Regimes.ResidenceCodes.IsUsState(state))
            errors[Regimes.RegimeSelection.StateKey] = ["Choose your US state from the list (a two-letter code, like CA), or leave it empty."];
    }

    void ValidateChanges(Dictionary<string, string[]> errors)
    {
        if (ParsedType != RequestType.Correction)
        {
            if (Changes is { Count: > 0 }) errors["changes"] = ["Only a correction request lists changes."];
            return;
        }
        if (Changes is null || Changes.Count == 0) errors["changes"] = ["List at least one field to correct and its new value."];
        else if (Changes.Count > MaxChanges) errors["changes"] = [$"List at most {MaxChanges} changes."];
        else if (Changes.Any(c => c is null || !Contracts.SubjectFields.All.Contains(c.Field)))
            errors["changes"] = [$"Each change names one of these fields: {string.Join(", ", Contracts.SubjectFields.All)}."];
        else if (Changes.GroupBy(c => c.Field).Any(g => g.Count() > 1)) errors["changes"] = ["Name each field once."];
        else if (Changes.Any(c => string.IsNullOrWhiteSpace(c.NewValue) || c.NewValue.Length > 200 || !IsPrintable(c.NewValue)
                                  || c.Why is { Length: > 1000 } || c.Why is not null && !IsPrintable(c.Why)))
            errors["changes"] = ["Each new value has 1 to 200 characters and each reason at most 1,000, without control characters."];
    }

    static bool IsEmail(string value) =>
        value.Length <= 254 && IsPrintable(value) && MailAddress.TryCreate(value, out var address) && address.Address == value.Trim();

    /// <summary>No control characters (NUL included) and no lone surrogates.</summary>
    static bool IsPrintable(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]) || char.IsLowSurrogate(value[i])) return false;
            if (char.IsHighSurrogate(value[i]) && (++i >= value.Length || !char.IsLowSurrogate(value[i]))) return false;
        }
        return true;
    }

    [GeneratedRegex(@"^[A-Za-z0-9._\-]{3,64}$")]
    private static partial Regex AccountIdPattern();
}
