using System.Security.Claims;
using DsarPlatform.Web.Api;
using DsarPlatform.Web.Queue;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace DsarPlatform.Web.Pages.Staff;

/// <summary>
/// The queue: open requests by urgency (or closed ones, newest first), filtered by a GET form, a page at a time.
/// Agents claim a request, assign the ones they tick to an agent or deny them with one coded reason; auditors see the
/// same list without forms.
/// </summary>
public sealed class IndexModel(RequestQueue queue, AssignmentActions assignments, ReviewActions review, UserManager<StaffUser> users) : PageModel
{
    public QueueFilter Filter { get; private set; } = new();
    public QueuePage? Results { get; private set; }
    public IReadOnlyList<StaffUser> Agents { get; private set; } = [];
    public Dictionary<string, string[]> FilterErrors { get; private set; } = [];
    public string? Problem { get; private set; }
    /// <summary>What the last action did, for the status line after its redirect: "Assigned 3 request(s)."</summary>
    public string? Done { get; private set; }
    public bool CanAct => User.IsInRole(StaffRoles.Agent);
    public string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    /// <summary>The filters as given, for the form's fields and the next-page link.</summary>
    public string Query(string name) => Request.Query[name].ToString();

    public async Task OnGetAsync(int? assigned, int? unassigned, int? denied, CancellationToken cancellationToken)
    {
        Done = assigned is { } a ? $"Assigned {a} request(s)."
            : unassigned is { } u ? $"Unassigned {u} request(s)."
            : denied is { } d ? $"Denied {d} request(s); each requester is emailed the reason." : null;
        await LoadAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostClaimAsync(string? reference, CancellationToken cancellationToken) =>
        ActAsync(ct => assignments.ClaimAsync(reference ?? "", Actor, ct), ("assigned", 1), cancellationToken);

    public Task<IActionResult> OnPostUnassignAsync(string? reference, CancellationToken cancellationToken) =>
        ActAsync(ct => assignments.UnassignAsync(reference ?? "", Actor, ct), ("unassigned", 1), cancellationToken);

    public Task<IActionResult> OnPostBulkAssignAsync(string[]? references, string? assigneeId, CancellationToken cancellationToken) =>
        ActAsync(ct => assignments.BulkAssignAsync(references ?? [], assigneeId, Actor, ct), ("assigned", references?.Length ?? 0), cancellationToken);

    /// <summary>Denies every ticked request with one coded reason, all or none; it cannot be undone, so the box must be ticked.</summary>
    public Task<IActionResult> OnPostBulkDenyAsync(string[]? references, string? code, string? ground, bool confirm, CancellationToken cancellationToken) =>
        ActAsync(ct => confirm
                ? review.DenyManyAsync(references ?? [], code, ground, note: null, Actor, ct)
                : Task.FromResult(StaffActionResult.Invalid("confirm", "Tick \"I understand this cannot be undone\" to deny the selected requests.")),
            ("denied", references?.Length ?? 0), cancellationToken);

    async Task<IActionResult> ActAsync(Func<CancellationToken, Task<StaffActionResult>> action, (string Word, int Count) done,
        CancellationToken cancellationToken)
    {
        if (!CanAct) return Forbid();
        var result = await action(cancellationToken);
        if (result.Status == StaffActionStatus.Done) return Redirect(NextPageLink(null, done));
        Problem = result.Status == StaffActionStatus.NotFound ? "That request does not exist." : result.Message;
        Response.StatusCode = result.Status == StaffActionStatus.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>This list with the same filters: from <paramref name="cursor"/> on, or from the top after an assignment.</summary>
    public string NextPageLink(string? cursor, (string Word, int Count)? done = null)
    {
        var query = Request.Query.Where(p => p.Key is not ("cursor" or "handler" or "assigned" or "unassigned" or "denied") && p.Value.ToString().Length > 0)
            .ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
        if (cursor is not null) query["cursor"] = cursor;
        if (done is { } d) query[d.Word] = d.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("/staff", query);
    }

    /// <summary>Where a form posts: this list's filters, so a failed action shows the same list again.</summary>
    public string HandlerLink(string handler) => QueryHelpers.AddQueryString(NextPageLink(null), "handler", handler);

    async Task LoadAsync(CancellationToken cancellationToken)
    {
        Filter = QueueQuery.Parse(Request.Query, UserId, out var errors);
        FilterErrors = errors;
        Agents = (await users.GetUsersInRoleAsync(StaffRoles.Agent)).OrderBy(u => u.Email).ToList();
        if (errors.Count > 0)
        {
            if (Response.StatusCode == StatusCodes.Status200OK) Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Results = await queue.ReadAsync(Filter, cancellationToken);
    }

    StaffActor Actor => StaffActionsApi.Actor(User);
}
