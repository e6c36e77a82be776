using DsarPlatform.Web.Status;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Status;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Status;

/// <summary>
/// The request's status for whoever holds a status session (opened by an emailed link), and the one place to
/// answer a question we asked: the answer resumes a paused clock. Without a session the page shows nothing
/// about any request.
/// </summary>
public sealed class StatusIndexModel(StatusSession session, RequestStatusReader reader, DeadlineActions actions) : PageModel
{
    [BindProperty] public string? Answer { get; set; }
    public RequestStatus? View { get; private set; }
    public bool Answered { get; private set; }

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

    async Task LoadAsync(CancellationToken cancellationToken) =>
        View = session.Read(Request) is { } requestId ? await reader.ReadAsync(requestId, cancellationToken) : null;
}
