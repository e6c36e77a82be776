using DsarPlatform.Web.Status;
using DsarPlatform.Workflows.Appeals;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Status;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Status;

/// <summary>
/// The request's status for whoever holds a status session (opened by an emailed link), the one place to answer a
/// question we asked (the answer resumes a paused clock), and, for a denied request whose policy allows it, the one place
/// to appeal. Without a session the page shows nothing about any request.
/// </summary>
public sealed class StatusIndexModel(StatusSession session, RequestStatusReader reader, DeadlineActions actions, AppealFiling appeals) : PageModel
{
    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public string? AppealReason { get; set; }
    public RequestStatus? View { get; private set; }
    public AppealOffer? Appeal { get; private set; }
    public bool Answered { get; private set; }
    public bool Appealed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostAnswerAsync(CancellationToken cancellationToken)
    {
        if (session.Read(Request) is not { } requestId) return;
        if (string.IsNullOrWhiteSpace(Answer) || Answer.Length > DeadlineActions.MaxAnswerLength)
        {
            ModelState.AddModelError(nameof(Answer), "Write your answer (at most 4,000 characters).");
        }
        else
        {
            Answered = await actions.AnswerAsync(requestId, Answer, cancellationToken);
            if (Answered) Answer = null;
        }
        await LoadAsync(cancellationToken);
    }

    public async Task OnPostAppealAsync(CancellationToken cancellationToken)
    {
        if (session.Read(Request) is not { } requestId)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        var result = await appeals.FileAsync(requestId, AppealReason, cancellationToken);
        if (result.Filed)
        {
            Appealed = true;
            AppealReason = null;
        }
        else
        {
            ModelState.AddModelError(nameof(AppealReason), result.Message ?? "Your appeal was not filed.");
            Response.StatusCode = result.BadInput ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        }
        await LoadAsync(cancellationToken);
    }

    async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (session.Read(Request) is not { } requestId) return;
        View = await reader.ReadAsync(requestId, cancellationToken);
        Appeal = await appeals.ReadAsync(requestId, cancellationToken);
    }
}
