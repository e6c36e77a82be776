using DsarPlatform.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Audit.Requests;

/// <summary>
/// One request's full history for auditors, read-only: the definition version it ran under drawn with the path taken and
/// the time in each step, the journal, store tasks and what was kept by law, emails (metadata) and every staff decision.
/// </summary>
public sealed class HistoryModel(RequestHistoryReader reader) : PageModel
{
    public RequestHistory History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (reference.Length > 16 || await reader.ReadAsync(reference.ToUpperInvariant(), cancellationToken) is not { } history) return NotFound();
        History = history;
        return Page();
    }
}
