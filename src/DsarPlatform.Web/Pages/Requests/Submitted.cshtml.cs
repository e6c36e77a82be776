using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Requests;

public sealed partial class SubmittedModel : PageModel
{
    public string Reference { get; private set; } = "";

    public IActionResult OnGet(string reference)
    {
        if (!ReferencePattern().IsMatch(reference)) return NotFound();
        Reference = reference;
        return Page();
    }

    [GeneratedRegex("^DSR-[0-9A-Z]{10}$")]
    private static partial Regex ReferencePattern();
}
