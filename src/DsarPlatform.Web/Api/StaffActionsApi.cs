using System.Security.Claims;
using DsarPlatform.Web.Hosting;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Staff;

namespace DsarPlatform.Web.Api;

/// <summary>
/// What agents do to a request: extend, ask the requester for information, verify by hand, deny,
/// decide corrections, retry a failed store task, resolve an incident. Agents only; each action is journaled with the agent's id and role.
/// </summary>
public static class StaffActionsApi
{
    public static WebApplication MapStaffActionsApi(this WebApplication app)
    {
        var request = app.MapGroup("/api/requests/{reference}").RequireAuthorization(StaffAuthenticationExtensions.RequestWorkers);
        request.MapPost("/extend", (string reference, ExtendBody body, DeadlineActions actions, ClaimsPrincipal user, CancellationToken ct) =>
            Run(actions.ExtendAsync(reference, body.Days ?? 0, body.Reason, Actor(user), ct)));
        request.MapPost("/request-information", (string reference, InformationBody body, DeadlineActions actions, ClaimsPrincipal user, CancellationToken ct) =>
            Run(actions.RequestInformationAsync(reference, body.Message, Actor(user), ct)));
        request.MapPost("/decisions", (string reference, DecisionsBody body, ReviewActions actions, ClaimsPrincipal user, CancellationToken ct) =>
            Run(actions.DecideAsync(reference, body.Decisions, Actor(user), ct)));
        request.MapPost("/verify", (string reference, NoteBody body, ReviewActions actions, ClaimsPrincipal user, CancellationToken ct) =>
            Run(actions.VerifyManuallyAsync(reference, body.Note, Actor(user), ct)));
        request.MapPost("/deny", (string reference, ReasonBody body, ReviewActions actions, ClaimsPrincipal user, CancellationToken ct) =>
            Run(actions.DenyAsync(reference, body.Reason, Actor(user), ct)));
        request.MapPost("/tasks/{taskId:guid}/retry", (string reference, Guid taskId, RecoveryActions actions, ClaimsPrincipal user, CancellationToken ct) =>
            Run(actions.RetryTaskAsync(reference, taskId, Actor(user), ct)));
        request.MapPost("/incidents/{incidentId:guid}/resolve", (string reference, Guid incidentId, NoteBody body, RecoveryActions actions, ClaimsPrincipal user, CancellationToken ct) =>
            Run(actions.ResolveIncidentAsync(reference, incidentId, body.Note, Actor(user), ct)));
        return app;
    }

    internal static StaffActor Actor(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown", StaffRoles.Agent);

    internal static async Task<IResult> Run(Task<StaffActionResult> action)
    {
        var result = await action;
        return result.Status switch
        {
            StaffActionStatus.Done => Results.NoContent(),
            StaffActionStatus.NotFound => Results.NotFound(),
            StaffActionStatus.Invalid => Results.ValidationProblem(new Dictionary<string, string[]> { [result.Field!] = [result.Message!] }),
            _ => Results.Problem(result.Message, statusCode: StatusCodes.Status409Conflict),
        };
    }
}
