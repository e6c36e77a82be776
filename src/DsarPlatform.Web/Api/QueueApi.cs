using System.Security.Claims;
using DsarPlatform.Web.Hosting;
using DsarPlatform.Web.Queue;
using DsarPlatform.Workflows.Staff;
using DsarPlatform.Workflows.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DsarPlatform.Web.Api;

/// <summary>
/// The queue for integrations (<c>GET /api/requests</c>, agents and auditors) and assignment (agents): claim or assign
/// one request, hand it back, or assign several at once, all or none.
/// </summary>
public static class QueueApi
{
    public static WebApplication MapQueueApi(this WebApplication app)
    {
        app.MapGet("/api/requests", ListAsync).RequireAuthorization(StaffAuthenticationExtensions.RequestReaders);
        app.MapPost("/api/requests/bulk-assign", (BulkAssignBody body, AssignmentActions actions, ClaimsPrincipal user, CancellationToken ct) =>
                StaffActionsApi.Run(actions.BulkAssignAsync(body.References, body.AssigneeId ?? UserId(user), StaffActionsApi.Actor(user), ct)))
            .RequireAuthorization(StaffAuthenticationExtensions.RequestWorkers).StaffAction();
        var request = app.MapGroup("/api/requests/{reference}").RequireAuthorization(StaffAuthenticationExtensions.RequestWorkers);
        request.MapPost("/assign", (string reference, AssignBody? body, AssignmentActions actions, ClaimsPrincipal user, CancellationToken ct) =>
            StaffActionsApi.Run(body?.AssigneeId is { } assignee
                ? actions.AssignAsync(reference, assignee, StaffActionsApi.Actor(user), ct)
                : actions.ClaimAsync(reference, StaffActionsApi.Actor(user), ct))).StaffAction();
        request.MapPost("/unassign", (string reference, AssignmentActions actions, ClaimsPrincipal user, CancellationToken ct) =>
            StaffActionsApi.Run(actions.UnassignAsync(reference, StaffActionsApi.Actor(user), ct))).StaffAction();
        return app;
    }

    static async Task<Results<Ok<QueueListView>, ValidationProblem>> ListAsync(HttpRequest http, ClaimsPrincipal user, RequestQueue queue,
        CancellationToken cancellationToken)
    {
        var filter = QueueQuery.Parse(http.Query, UserId(user), out var errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var page = await queue.ReadAsync(filter, cancellationToken);
        return TypedResults.Ok(new QueueListView(page.Items.Select(QueueItemView.From).ToList(), page.NextCursor?.ToString()));
    }

    static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
