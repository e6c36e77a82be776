using DsarPlatform.Workflows.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Requests;

/// <summary>The requester answers a request for more information; the POST uses the link up, a GET never does.</summary>
public sealed class AnswerModel(DeadlineActions actions) : PageModel
{
    public enum Outcome { Pending, Sent, Unusable }

    [BindProperty] public string? Answer { get; set; }
    public Outcome Result { get; private set; }
    public bool Missing { get; private set; }

    public void OnGet() => Result = Outcome.Pending;

    public async Task OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Answer) || Answer.Length > 4000)
        {
            (Result, Missing) = (Outcome.Pending, true);
            return;
        }
        Result = await actions.AnswerAsync(token, Answer, cancellationToken) ? Outcome.Sent : Outcome.Unusable;
    }
}
