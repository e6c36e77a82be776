using System.Security.Claims;
using DsarPlatform.Web.Staff;
using DsarPlatform.Workflows.Appeals;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Staff.Requests;

/// <summary>
/// One request for agents and auditors: who it is about, where it is and what it waits for, the deadline, the timeline,
/// tasks, incidents, emails, notes; and for agents, the actions as buttons. Each action calls the same action class as the
/// staff API with the version the page showed, so an action on a request that changed meanwhile does nothing and says so.
/// Irreversible actions need the "cannot be undone" box ticked. Success redirects back (Post/Redirect/Get) with a message.
/// </summary>
public sealed class DetailsModel(RequestCaseReader reader, ReviewActions review, DeadlineActions deadlines, RecoveryActions recovery,
    NoteActions notes, AppealActions appeals) : PageModel
{
    public RequestCaseView View { get; private set; } = null!;

    /// <summary>The action whose failure is shown beside its button, and why.</summary>
    public string? FailedAction { get; private set; }
    public string? Failure { get; private set; }

    [TempData] public string? Done { get; set; }

    /// <summary>The instance version the page was rendered with; every form posts it back.</summary>
    [BindProperty] public Guid Version { get; set; }
    [BindProperty] public bool Confirm { get; set; }

    public bool IsAgent => User.IsInRole(StaffRoles.Agent);

    /// <summary>Why <paramref name="action"/> failed, when it is the action just tried.</summary>
    public string? FailureFor(string action) => FailedAction == action ? Failure : null;

    /// <summary>The current value of a field in the stores (read over the bus when the review began), beside the requested one.</summary>
    public string CurrentValue(string field) => View.CurrentValue(field);

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostVerifyAsync(string reference, string? note, CancellationToken ct) =>
        ActAsync(reference, "verify", "Identity verified by hand.", true, () => review.VerifyManuallyAsync(reference, note, Actor, ct, Version), ct);

    public Task<IActionResult> OnPostAskAsync(string reference, string? message, CancellationToken ct) =>
        ActAsync(reference, "ask", "Question emailed to the requester; the clock is paused until they answer.", false,
            () => deadlines.RequestInformationAsync(reference, message, Actor, ct, Version), ct);

    public Task<IActionResult> OnPostApproveAsync(string reference, CancellationToken ct) =>
        ActAsync(reference, "approve", "Every remaining change accepted.", true, () => review.ApproveAsync(reference, Actor, ct, Version), ct);

    public Task<IActionResult> OnPostDenyAsync(string reference, string? code, string? ground, string? note, CancellationToken ct) =>
        ActAsync(reference, "deny", "Request denied; the reason was emailed to the requester.", true,
            () => review.DenyAsync(reference, code, ground, note, Actor, ct, Version), ct);

    public Task<IActionResult> OnPostExtendAsync(string reference, int? days, string? reason, CancellationToken ct) =>
        ActAsync(reference, "extend", "Deadline extended; the reason was emailed to the requester.", true,
            () => deadlines.ExtendAsync(reference, days ?? 0, reason, Actor, ct, Version), ct);

    public Task<IActionResult> OnPostDecideAsync(string reference, string? field, string? decision, string? reason, CancellationToken ct) =>
        ActAsync(reference, $"decide-{field}", $"Decision on {field} recorded.", true,
            () => decision is "accept" or "refuse"
                ? review.DecideAsync(reference, [new FieldDecision(field, decision == "accept", reason)], Actor, ct, Version)
                : Task.FromResult(StaffActionResult.Invalid("decision", "Choose accept or refuse.")), ct);

    public Task<IActionResult> OnPostRetryAsync(string reference, Guid taskId, CancellationToken ct) =>
        ActAsync(reference, $"retry-{taskId}", "The task was sent to the store again.", false,
            () => recovery.RetryTaskAsync(reference, taskId, Actor, ct, Version), ct);

    public Task<IActionResult> OnPostResolveAsync(string reference, Guid incidentId, IncidentResolutionKind? kind, string? note, string? ground,
        CancellationToken ct) =>
        ActAsync(reference, $"resolve-{incidentId}", "Incident resolved.", true,
            () => recovery.ResolveIncidentAsync(reference, incidentId, kind, note, ground, Actor, ct, Version), ct);

    public Task<IActionResult> OnPostUpholdAsync(string reference, string? reason, CancellationToken ct) =>
        ActAsync(reference, "uphold", "Appeal decided: the denial stands; the decision was emailed to the requester.", true,
            () => appeals.UpholdAsync(reference, reason, Actor, ct, Version), ct);

    public Task<IActionResult> OnPostReverseAsync(string reference, string? reason, CancellationToken ct) =>
        ActAsync(reference, "reverse", "Appeal decided: the denial was reversed and the request reopened; the decision was emailed to the requester.", true,
            () => appeals.ReverseAsync(reference, reason, Actor, ct, Version), ct);

    public Task<IActionResult> OnPostNoteAsync(string reference, string? text, CancellationToken ct) =>
        ActAsync(reference, "note", "Note added.", false, () => notes.AddAsync(reference, text, Actor, ct, Version), ct);

    StaffActor Actor => new(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown", StaffRoles.Agent);

    async Task<IActionResult> ActAsync(string reference, string action, string doneMessage, bool irreversible,
        Func<Task<StaffActionResult>> act, CancellationToken cancellationToken)
    {
        // Auditors read, never act.
        if (!IsAgent) return Forbid();
        var result = irreversible && !Confirm
            ? StaffActionResult.Invalid("confirm", "Tick \"I understand this cannot be undone\" to go ahead.")
            : await act();
        if (result.Status == StaffActionStatus.Done)
        {
            Done = doneMessage;
            return RedirectToPage(new { reference });
        }
        if (!await LoadAsync(reference, cancellationToken) || result.Status == StaffActionStatus.NotFound) return NotFound();
        (FailedAction, Failure) = (action, result.Message);
        ModelState.AddModelError(result.Field ?? action, result.Message ?? "The action was not done."); // the title then starts "Error:"
        Response.StatusCode = result.Status == StaffActionStatus.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return Page();
    }

    async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        if (await reader.ReadAsync(reference, cancellationToken) is not { } view) return false;
        View = view;
        // A failed action shows the page as it is now, but keeps the version the agent acted on: a stale page stays stale.
        if (Request.Method == HttpMethods.Get) Version = view.Instance.Version;
        return true;
    }
}
