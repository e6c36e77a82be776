using DsarPlatform.Workflows.Requests;
using Microsoft.AspNetCore.Mvc;

namespace DsarPlatform.Web.Pages.Requests;

/// <summary>The "Shine the Light" form: which personal information was disclosed for direct marketing last year.</summary>
public sealed class DisclosuresModel(RequestIntake intake) : RequestFormModel(intake)
{
    public override RequestType Type => RequestType.Disclosures;

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SubmitAsync(null, cancellationToken);
}
