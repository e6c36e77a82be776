using DsarPlatform.Workflows.Requests;
using Microsoft.AspNetCore.Mvc;

namespace DsarPlatform.Web.Pages.Requests;

/// <summary>The correction form: up to three fields, each with its new value and why.</summary>
public sealed class CorrectionModel(RequestIntake intake) : RequestFormModel(intake)
{
    public const int Rows = 3;

    public override RequestType Type => RequestType.Correction;

    [BindProperty] public List<ChangeRow> Changes { get; set; } = [.. Enumerable.Range(0, Rows).Select(_ => new ChangeRow())];

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Rows posted with explicit indexes ("Changes.index") but no values bind as null: they are simply empty rows.
        Changes = [.. Changes.Select(c => c ?? new ChangeRow())];
        while (Changes.Count < Rows) Changes.Add(new ChangeRow());
        var changes = Changes.Where(c => !string.IsNullOrWhiteSpace(c.Field) || !string.IsNullOrWhiteSpace(c.NewValue))
            .Select(c => new RequestedChange(c.Field ?? "", c.NewValue ?? "", c.Why)).ToList();
        return SubmitAsync(changes, cancellationToken);
    }
}
