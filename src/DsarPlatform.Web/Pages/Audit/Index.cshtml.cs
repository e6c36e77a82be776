using DsarPlatform.Web.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace DsarPlatform.Web.Pages.Audit;

/// <summary>
/// The auditors' search: requests by reference, type, status, outcome, channel and received or closed dates, newest
/// first, a page at a time. A GET form, so a search is a link; bad values answer 400 with what to fix.
/// </summary>
public sealed class IndexModel(AuditSearch search) : PageModel
{
    public AuditPage? Results { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];

    /// <summary>Whether anything was asked: the page lists nothing until the form is sent.</summary>
    public bool Searched => Request.Query.Count > 0;

    /// <summary>A filter as given, for the form's fields.</summary>
    public string Query(string name) => Request.Query[name].ToString();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var filter = AuditQuery.Parse(Request.Query, out var errors);
        Errors = errors;
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            foreach (var (name, message) in errors) ModelState.AddModelError(name, message); // the title then starts "Error:"
            return;
        }
        if (Searched) Results = await search.ReadAsync(filter, cancellationToken);
    }

    /// <summary>The same search from <paramref name="cursor"/> on.</summary>
    public string NextPageLink(string cursor)
    {
        var query = Request.Query.Where(p => p.Key != "cursor" && p.Value.ToString().Length > 0)
            .ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
        query["cursor"] = cursor;
        return QueryHelpers.AddQueryString("/audit", query);
    }
}
