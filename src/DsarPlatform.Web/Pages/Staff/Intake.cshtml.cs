using System.Security.Claims;
using DsarPlatform.Web.Hosting;
using DsarPlatform.Web.Pages.Requests;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Staff;

/// <summary>
/// Manual intake: an agent records a request received by phone, post or email, with what the public forms ask. It goes
/// through the same intake as the forms and runs the same workflow (verification through the email on record
/// included); the channel is kept and the journal names the agent who recorded it. Agents only: auditors read, never act.
/// </summary>
[Authorize(Policy = StaffAuthenticationExtensions.RequestWorkers)]
public sealed class IntakeModel(RequestIntake intake) : PageModel
{
    public const int ChangeRows = 3;

    [BindProperty] public string? Type { get; set; }
    [BindProperty] public string? Channel { get; set; }
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
    [BindProperty] public bool SignedDeclaration { get; set; }
    [BindProperty] public List<ChangeRow> Changes { get; set; } = [.. Enumerable.Range(0, ChangeRows).Select(_ => new ChangeRow())];

    /// <summary>The reference of the request just recorded (after the redirect), to show with a link to its page.</summary>
    [TempData] public string? Recorded { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        while (Changes.Count < ChangeRows) Changes.Add(new ChangeRow());
        var changes = Changes.Where(c => !string.IsNullOrWhiteSpace(c.Field) || !string.IsNullOrWhiteSpace(c.NewValue))
            .Select(c => new RequestedChange(c.Field ?? "", c.NewValue ?? "", c.Why)).ToList();
        var dataPoints = new Dictionary<string, string?>
            {
                ["phone"] = Phone, ["postalCode"] = PostalCode, ["country"] = Country, ["state"] = State, ["dateOfBirth"] = DateOfBirth, ["cardLastFour"] = CardLastFour,
            }
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .ToDictionary(p => p.Key, p => p.Value!.Trim());
        // Changes listed for another type are ignored, as the form shows them for corrections only.
        var submission = new IntakeSubmission(Type, AccountId, Email, FullName, dataPoints,
            RequestTypes.TryParse(Type, out var type) && type == RequestType.Correction ? changes : null, SignedDeclaration);

        if (!IntakeChannels.Recorded.Contains(Channel)) ModelState.AddModelError(nameof(Channel), "Choose how the request reached us: phone, post or email.");
        foreach (var (field, messages) in submission.Validate()) ModelState.AddModelError(char.ToUpperInvariant(field[0]) + field[1..], messages[0]);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var agent = new StaffActor(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown", StaffRoles.Agent);
        try
        {
            Recorded = await intake.SubmitAsync(submission, Channel!, agent, cancellationToken);
        }
        catch (UnsupportedRequestTypeException)
        {
            ModelState.AddModelError(nameof(Type), "This kind of request cannot be recorded yet.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        catch (RequestTypeNotOfferedException notOffered)
        {
            ModelState.AddModelError(nameof(Type), notOffered.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // Post/redirect/get: a reload cannot record the request twice.
        return RedirectToPage();
    }
}
