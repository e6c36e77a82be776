using System.Security.Claims;
using DsarPlatform.Web.Hosting;
using DsarPlatform.Workflows.Appeals;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Staff;

namespace DsarPlatform.Web.Api;

/// <summary>
/// What agents do to a request: extend, ask the requester for information, verify by hand, deny with a coded reason (one or
/// several requests), decide corrections, uphold or reverse an appeal, retry a failed store task, resolve an incident, add an internal note. Agents only;
/// each action is journaled with the agent's id and role. An <c>If-Match</c> header with the version the agent read makes an
/// action refuse (412) when the request changed since.
/// </summary>
public static class StaffActionsApi
{
    public static WebApplication MapStaffActionsApi(this WebApplication app)
    {
        app.MapPost("/api/requests/bulk-deny", (BulkDenyBody body, ReviewActions actions, ClaimsPrincipal user, CancellationToken ct) =>
                Run(actions.DenyManyAsync(body.References, body.Code, body.Ground, body.Note, Actor(user), ct)))
            .RequireAuthorization(StaffAuthenticationExtensions.RequestWorkers).StaffAction();

        var request = app.MapGroup("/api/requests/{reference}").RequireAuthorization(StaffAuthenticationExtensions.RequestWorkers);
        request.MapPost("/extend", (string reference, ExtendBody body, DeadlineActions actions, HttpRequest http, ClaimsPrincipal user, CancellationToken ct) =>
            Run(http, version => actions.ExtendAsync(reference, body.Days ?? 0, body.Reason, Actor(user), ct, version))).StaffAction();
        request.MapPost("/request-information", (string reference, InformationBody body, DeadlineActions actions, HttpRequest http, ClaimsPrincipal user, CancellationToken ct) =>
            Run(http, version => actions.RequestInformationAsync(reference, body.Message, Actor(user), ct, version))).StaffAction();
        request.MapPost("/decisions", (string reference, DecisionsBody body, ReviewActions actions, HttpRequest http, ClaimsPrincipal user, CancellationToken ct) =>
            Run(http, version => actions.DecideAsync(reference, body.Decisions, Actor(user), ct, version))).StaffAction();
        request.MapPost("/approve", (string reference, ReviewActions actions, HttpRequest http, ClaimsPrincipal user, CancellationToken ct) =>
            Run(http, version => actions.ApproveAsync(reference, Actor(user), ct, version))).StaffAction();
        request.MapPost("/verify", (string reference, NoteBody body, ReviewActions actions, HttpRequest http, ClaimsPrincipal user, CancellationToken ct) =>
            Run(http, version => actions.VerifyManuallyAsync(reference, body.Note, Actor(user), ct, version))).StaffAction();
        request.MapPost("/deny", (string reference, DenyBody body, ReviewActions actions, HttpRequest http, ClaimsPrincipal user, CancellationToken ct) =>
            Run(http, version => actions.DenyAsync(reference, body.Code, body.Ground, body.Note, Actor(user), ct, version))).StaffAction();
        request.MapPost("/appeal/uphold", (string reference, AppealDecisionBody body, AppealActions actions, HttpRequest http, ClaimsPrincipal user, CancellationToken ct) =>
            Run(http, version => actions.UpholdAsync(reference, body.Reason, Actor(user), ct, version))).StaffAction();
        request.MapPost("/appeal/reverse", (string reference, AppealDecisionBody body, AppealActions actions, HttpRequest http, ClaimsPrincipal user, CancellationToken ct) =>
            Run(http, version => actions.ReverseAsync(reference, body.Reason, Actor(user), ct, version))).StaffAction();
        request.MapPost("/notes", (string reference, NoteTextBody body, NoteActions actions, HttpRequest http, ClaimsPrincipal user, CancellationToken ct) =>
            Run(http, version => actions.AddAsync(reference, body.Text, Actor(user), ct, version))).StaffAction();
        request.MapPost("/tasks/{taskId:guid}/retry", (string reference, Guid taskId, RecoveryActions actions, HttpRequest http, ClaimsPrincipal user, CancellationToken ct) =>
            Run(http, version => actions.RetryTaskAsync(reference, taskId, Actor(user), ct, version))).StaffAction();
        request.MapPost("/incidents/{incidentId:guid}/resolve", (string reference, Guid incidentId, ResolveBody body, RecoveryActions actions, HttpRequest http, ClaimsPrincipal user, CancellationToken ct) =>
            Run(http, version => actions.ResolveIncidentAsync(reference, incidentId, body.ParsedKind, body.Note, body.Ground, Actor(user), ct, version))).StaffAction();
        return app;
    }

    internal static StaffActor Actor(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown", StaffRoles.Agent);

    static Task<IResult> Run(HttpRequest http, Func<Guid?, Task<StaffActionResult>> action) =>
        IfMatch.TryRead(http, out var version)
            ? Run(action(version))
            : Task.FromResult(Results.ValidationProblem(new Dictionary<string, string[]> { ["If-Match"] = ["Give the version the request showed (its ETag)."] }));

    internal static async Task<IResult> Run(Task<StaffActionResult> action)
    {
        var result = await action;
        return result.Status switch
        {
            StaffActionStatus.Done => Results.NoContent(),
            StaffActionStatus.NotFound => Results.NotFound(),
            StaffActionStatus.Invalid => Results.ValidationProblem(new Dictionary<string, string[]> { [result.Field!] = [result.Message!] }),
            StaffActionStatus.Changed => Results.Problem(result.Message, statusCode: StatusCodes.Status412PreconditionFailed),
            _ => Results.Problem(result.Message, statusCode: StatusCodes.Status409Conflict),
        };
    }
}
