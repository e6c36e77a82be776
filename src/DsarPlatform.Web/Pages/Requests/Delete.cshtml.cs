using DsarPlatform.Workflows.Requests;
using Microsoft.AspNetCore.Mvc;

namespace DsarPlatform.Web.Pages.Requests;

/// <summary>The deletion form.</summary>
public sealed class DeleteModel(RequestIntake intake) : RequestFormModel(intake)
{
    public override RequestType Type => RequestType.Deletion;

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SubmitAsync(null, cancellationToken);
}
