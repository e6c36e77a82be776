using DsarPlatform.Workflows.Requests;
using Microsoft.AspNetCore.Mvc;

namespace DsarPlatform.Web.Pages.Requests;

/// <summary>The access form: a copy of everything we hold needs two matching details besides the email.</summary>
public sealed class AccessModel(RequestIntake intake) : RequestFormModel(intake)
{
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SubmitAsync("access", null, cancellationToken);
}
