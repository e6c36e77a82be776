using DsarPlatform.Web.Drp;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Drp;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Pages.Drp;

/// <summary>
/// The <c>user_verification_url</c> of an agent's request (DRP 1.0, section 3.02.1): the agent sends the user here with
/// <c>request_id</c> and <c>redirect_to</c>. We confirm identity only through the link emailed to the address on record,
/// so the page says so; once that is done (the status no longer waits for the user) it sends the user back to
/// <c>redirect_to</c>, but only on the host registered for the agent (the callback rule, <see cref="DrpCallbackAddress"/>):
/// no open redirect. A <c>request_id</c> naming another request is refused. The page shows no personal data, only the agent's name and what it asked for.
/// </summary>
public sealed class VerifyModel(DsarDbContext db, DrpStatusReader statuses) : PageModel
{
    public enum Outcome { Waiting, Confirmed, Closed, Mismatch, Unknown }

    public Outcome Result { get; private set; }
    public string AgentName { get; private set; } = "";
    public string Exercise { get; private set; } = "";
    /// <summary>The user pressed "continue" before confirming through the email.</summary>
    public bool StillWaiting { get; private set; }

    [FromQuery(Name = "request_id")] public string? RequestId { get; set; }
    [FromQuery(Name = "redirect_to")] public string? RedirectTo { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool check, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var drp = await db.DrpRequests.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        var agent = drp?.RequestId is null ? null : await db.DrpAgents.AsNoTracking().SingleOrDefaultAsync(a => a.AgentId == drp.AgentId, cancellationToken);
        if (drp is null || agent is null) return Answer(Outcome.Unknown, StatusCodes.Status404NotFound);
        if (RequestId is not null && !string.Equals(RequestId.Trim(), id.ToString(), StringComparison.OrdinalIgnoreCase))
            return Answer(Outcome.Mismatch, StatusCodes.Status400BadRequest);

        AgentName = agent.Name;
        Exercise = drp.Exercise == DrpExercises.Deletion ? "a deletion request" : "an access request";
        // The page says what the agent's status endpoint says, so the two never disagree.
        var status = await statuses.ReadAsync(drp, cancellationToken);
        if (status.Status is (DrpStates.InProgress or DrpStates.Fulfilled) && status.Reason is null)
        {
            return RedirectTo is not null && DrpCallbackAddress.IsAllowed(RedirectTo, agent)
                ? Redirect(RedirectTo)
                : Answer(Outcome.Confirmed, StatusCodes.Status200OK);
        }
        if (status.Status is not (DrpStates.Open or DrpStates.InProgress)) return Answer(Outcome.Closed, StatusCodes.Status410Gone);
        StillWaiting = check;
        return Answer(Outcome.Waiting, StatusCodes.Status200OK);
    }

    IActionResult Answer(Outcome outcome, int statusCode)
    {
        Result = outcome;
        Response.StatusCode = statusCode;
        return Page();
    }
}
