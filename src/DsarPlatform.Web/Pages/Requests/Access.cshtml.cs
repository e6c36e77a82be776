using DsarPlatform.Workflows.Requests;
using Microsoft.AspNetCore.Mvc;

namespace DsarPlatform.Web.Pages.Requests;

/// <summary>The access form: a copy of everything we hold (message content included) needs the level the definition sets.</summary>
public sealed class AccessModel(RequestIntake intake) : RequestFormModel(intake)
{
    public override RequestType Type => RequestType.Access;

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SubmitAsync(null, cancellationToken);
}
