using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Drp;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Web.Drp;

/// <summary>
/// The business side of the Data Rights Protocol 1.0, at the paths the spec names. Signed bodies are base64
/// <c>text/plain</c>; answers are JSON. A failed set-up is a 403 with no body (section 2.05); every other failure is the
/// spec's error object (section 3.06).
/// </summary>
public static class DrpApi
{
    public static WebApplication MapDrpApi(this WebApplication app)
    {
        var drp = app.MapGroup("/v1").AllowAnonymous().DisableAntiforgery().WithTags("Data Rights Protocol");
        drp.MapPost("/agent/{agentId}", SetUpAsync).Accepts<string>("text/plain")
            .Produces<DrpTokenIssued>().Produces(StatusCodes.Status403Forbidden);
        drp.MapGet("/agent/{agentId}", AgentInformationAsync).Produces<Dictionary<string, string>>().Produces<DrpError>(StatusCodes.Status403Forbidden);
        drp.MapPost("/data-rights-request", ExerciseAsync).Accepts<string>("text/plain")
            .Produces<DrpStatus>().Produces<DrpError>(StatusCodes.Status400BadRequest).Produces<DrpError>(StatusCodes.Status403Forbidden);
        drp.MapGet("/data-rights-request/{requestId}", StatusAsync)
            .Produces<DrpStatus>().Produces<DrpError>(StatusCodes.Status403Forbidden).Produces<DrpError>(StatusCodes.Status404NotFound);
        drp.MapDelete("/data-rights-request/{requestId}", RevokeAsync).Accepts<string>("text/plain")
            .Produces<DrpStatus>().Produces<DrpError>(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>Pair-wise key set-up: a signed body from a directory agent gets a new bearer token, replacing the old one.</summary>
    static async Task<IResult> SetUpAsync(string agentId, HttpContext http, DsarDbContext db, DrpGate gate, TimeProvider clock,
        IOptions<DrpSettings> settings, CancellationToken cancellationToken)
    {
        if (await ReadBodyAsync(http, settings.Value) is not { } body) return EmptyForbidden(http);
        var agent = await db.DrpAgents.SingleOrDefaultAsync(a => a.AgentId == agentId, cancellationToken);
        var check = await gate.CheckAsync(body, agent, agentId, cancellationToken);
        if (check.Error is not null || agent is null) return EmptyForbidden(http);

        var token = DrpTokens.New();
        var now = clock.GetUtcNow().UtcDateTime;
        agent.TokenHash = DrpTokens.Hash(token);
        agent.TokenIssuedAtUtc = now;
        db.StaffChanges.Add(new StaffChange
        {
            AtUtc = now, ActorRole = DrpRevocation.Role, Event = StaffChangeEvent.DrpTokenIssued, TargetUserId = DrpRevocation.Actor(agentId),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Results.Json(new DrpTokenIssued(agentId, token));
    }

    static async Task<IResult> AgentInformationAsync(string agentId, HttpContext http, DsarDbContext db, CancellationToken cancellationToken)
    {
        if (await AgentOfTokenAsync(http, db, cancellationToken) is not { } agent) return Unauthorized();
        return agent.AgentId == agentId ? Results.Json(new Dictionary<string, string>()) : Error(DrpError.Of(403, "This token belongs to another agent."));
    }

    static async Task<IResult> ExerciseAsync(HttpContext http, DsarDbContext db, DrpGate gate, DrpExercise exercise,
        IOptions<DrpSettings> settings, CancellationToken cancellationToken)
    {
        if (await AgentOfTokenAsync(http, db, cancellationToken) is not { } agent) return Unauthorized();
        if (await ReadBodyAsync(http, settings.Value) is not { } body) return Error(DrpError.Of(400, "The body is empty or too large."));
        var check = await gate.CheckAsync(body, agent, agent.AgentId, cancellationToken);
        if (check.Error is { } failed) return Error(failed);
        var (status, error) = await exercise.SubmitAsync(agent, check.Claims, cancellationToken);
        return error is not null ? Error(error) : Results.Json(status);
    }

    static async Task<IResult> StatusAsync(string requestId, HttpContext http, DsarDbContext db, DrpStatusReader statuses,
        CancellationToken cancellationToken)
    {
        if (await AgentOfTokenAsync(http, db, cancellationToken) is not { } agent) return Unauthorized();
        var (drp, error) = await FindAsync(db, requestId, agent, cancellationToken);
        return error is not null ? Error(error) : Results.Json(await statuses.ReadAsync(drp!, cancellationToken));
    }

    static async Task<IResult> RevokeAsync(string requestId, HttpContext http, DsarDbContext db, DrpGate gate, DrpRevocation revocation,
        DrpStatusReader statuses, IOptions<DrpSettings> settings, CancellationToken cancellationToken)
    {
        if (await AgentOfTokenAsync(http, db, cancellationToken) is not { } agent) return Unauthorized();
        if (await ReadBodyAsync(http, settings.Value) is not { } body) return Error(DrpError.Of(400, "The body is empty or too large."));
        var check = await gate.CheckAsync(body, agent, agent.AgentId, cancellationToken);
        if (check.Error is { } failed) return Error(failed);
        var (drp, error) = await FindAsync(db, requestId, agent, cancellationToken);
        if (error is not null) return Error(error);
        if (!await revocation.RevokeAsync(drp!.Id, cancellationToken))
        {
            var current = await statuses.ReadAsync(drp, cancellationToken);
            return Error(DrpError.Of(409, $"The request is already {current.Status}; only an open or in-progress request can be revoked."));
        }
        db.ChangeTracker.Clear();
        var revoked = await db.DrpRequests.SingleAsync(d => d.Id == drp.Id, cancellationToken);
        return Results.Json(await statuses.ReadAsync(revoked, cancellationToken));
    }

    /// <summary>Another agent's request is refused with 403, as section 2.02.1 says; an unknown id is 404.</summary>
    static async Task<(DrpRequest?, DrpError?)> FindAsync(DsarDbContext db, string requestId, DrpAgent agent, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(requestId, out var id)) return (null, DrpError.Of(404, "No such request."));
        var drp = await db.DrpRequests.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (drp is null) return (null, DrpError.Of(404, "No such request."));
        return drp.AgentId == agent.AgentId ? (drp, null) : (null, DrpError.Of(403, "This request is managed by another agent."));
    }

    static async Task<DrpAgent?> AgentOfTokenAsync(HttpContext http, DsarDbContext db, CancellationToken cancellationToken)
    {
        if (DrpTokens.FromHeader(http.Request) is not { } token) return null;
        return await DrpTokens.Holding(db.DrpAgents, token).SingleOrDefaultAsync(cancellationToken);
    }

    static async Task<string?> ReadBodyAsync(HttpContext http, DrpSettings settings)
    {
        using var reader = new StreamReader(http.Request.Body);
        var buffer = new char[settings.MaxBodyBytes + 1];
        var read = await reader.ReadBlockAsync(buffer, http.RequestAborted);
        return read == 0 || read > settings.MaxBodyBytes ? null : new string(buffer, 0, read);
    }

    static IResult Unauthorized() =>
        Error(DrpError.Of(401, "Present the bearer token from the pair-wise key set-up (POST /v1/agent/{agent-id})."));

    static IResult Error(DrpError error) => Results.Json(error, statusCode: error.StatusCode);

    static IResult EmptyForbidden(HttpContext http)
    {
        // The status code pages would write a body; the spec wants none.
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        return Results.StatusCode(StatusCodes.Status403Forbidden);
    }
}
