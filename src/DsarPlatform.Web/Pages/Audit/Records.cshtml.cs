using DsarPlatform.Web.Audit;
using DsarPlatform.Workflows.Records;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Audit;

/// <summary>The records report: the requests received in a range of days, shown here and downloadable as CSV.</summary>
public sealed class RecordsModel(RecordsReport report) : PageModel
{
    /// <summary>The page shows this many rows; the CSV has them all.</summary>
    public const int RowsShown = 500;

    public AuditRange? Range { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public List<RecordRow> Rows { get; } = [];
    public bool MoreThanShown { get; private set; }

    public string Query(string name) => Request.Query[name].ToString();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Request.Query.ContainsKey("from") && !Request.Query.ContainsKey("to")) return;
        Range = AuditRange.Parse(Request.Query, null, out var errors);
        Errors = errors;
        if (Range is null)
        {
            foreach (var (name, messages) in errors) ModelState.AddModelError(name, string.Join(" ", messages));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        await foreach (var row in report.ReadAsync(Range.From, Range.To, cancellationToken))
        {
            if (Rows.Count == RowsShown)
            {
                MoreThanShown = true;
                break;
            }
            Rows.Add(row);
        }
    }
}
