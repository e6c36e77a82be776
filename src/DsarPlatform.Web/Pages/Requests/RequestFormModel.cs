using DsarPlatform.Workflows.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Requests;

/// <summary>
/// What every request form asks (who you are, details that help us find and verify your account) and how it
/// submits: errors beside the fields with what was typed kept, the same answer whether or not an account matches.
/// </summary>
public abstract class RequestFormModel(RequestIntake intake) : PageModel
{
    public abstract RequestType Type { get; }

    [BindProperty] public string? AccountId { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? PostalCode { get; set; }
    /// <summary>Where the requester lives: an ISO 3166-1 alpha-2 code, and a US state code; they choose the regime.</summary>
    [BindProperty] public string? Country { get; set; }
    [BindProperty] public string? State { get; set; }
    [BindProperty] public string? DateOfBirth { get; set; }
    [BindProperty] public string? CardLastFour { get; set; }
    /// <summary>The requester declares they are the person concerned (asked where the definition needs level 3).</summary>
    [BindProperty, ModelBinder(typeof(CheckboxBinder))] public bool SignedDeclaration { get; set; }

    public void OnGet()
    {
    }

    protected async Task<IActionResult> SubmitAsync(IReadOnlyList<RequestedChange>? changes, CancellationToken cancellationToken)
    {
        var dataPoints = new Dictionary<string, string?>
            {
                ["phone"] = Phone, ["postalCode"] = PostalCode, ["country"] = Country, ["state"] = State, ["dateOfBirth"] = DateOfBirth,
                ["cardLastFour"] = CardLastFour,
            }
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .ToDictionary(p => p.Key, p => p.Value!.Trim());
        var submission = new IntakeSubmission(Type.Key(), AccountId, Email, FullName, dataPoints, changes, SignedDeclaration);
        foreach (var (field, messages) in submission.Validate())
        {
            ModelState.AddModelError(char.ToUpperInvariant(field[0]) + field[1..], messages[0]);
        }
        if (!ModelState.IsValid)
        {
            // The page with its error summary, under an honest status so probes and monitoring see a refusal.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            var reference = await intake.SubmitAsync(submission, "web", cancellationToken);
            return RedirectToPage("/Requests/Submitted", new { reference });
        }
        catch (RequestTypeNotOfferedException notOffered)
        {
            // The residence is what rules the type out, so the message stands beside it.
            ModelState.AddModelError(nameof(Country), notOffered.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
