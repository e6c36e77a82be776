using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Requests;
using Microsoft.AspNetCore.Mvc;

namespace DsarPlatform.Web.Pages.Requests;

/// <summary>The correction form: up to three fields, each with its new value and why.</summary>
public sealed class CorrectionModel(RequestIntake intake) : RequestFormModel(intake)
{
    public const int Rows = 3;

    [BindProperty] public List<ChangeRow> Changes { get; set; } = [.. Enumerable.Range(0, Rows).Select(_ => new ChangeRow())];

    /// <summary>The fields a person can correct, in their words.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        [SubjectFields.FullName] = "Full name", [SubjectFields.DisplayName] = "Name shown to others",
        [SubjectFields.Phone] = "Phone number", [SubjectFields.PostalAddress] = "Postal address",
        [SubjectFields.PostalCode] = "Postal code", [SubjectFields.City] = "City",
        [SubjectFields.Country] = "Country", [SubjectFields.DateOfBirth] = "Date of birth",
    };

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        while (Changes.Count < Rows) Changes.Add(new ChangeRow());
        var changes = Changes.Where(c => !string.IsNullOrWhiteSpace(c.Field) || !string.IsNullOrWhiteSpace(c.NewValue))
            .Select(c => new RequestedChange(c.Field ?? "", c.NewValue ?? "", c.Why)).ToList();
        return SubmitAsync("correction", changes, cancellationToken);
    }
}
