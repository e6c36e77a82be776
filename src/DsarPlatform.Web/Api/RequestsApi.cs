using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Web.Audit;
using DsarPlatform.Web.Hosting;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Regimes;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Api;

public static class RequestsApi
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WebApplication MapRequestsApi(this WebApplication app)
    {
        // The body is read by hand (a malformed one gets a 400 naming it), so the document is told its shape.
        app.MapPost("/api/requests", SubmitAsync).AllowAnonymous().DisableAntiforgery().Accepts<IntakeSubmission>("application/json");
        app.MapGet("/api/requests/{reference}", GetAsync).RequireAuthorization(StaffAuthenticationExtensions.RequestReaders)
            .AddEndpointFilter<AuditViewEndpointFilter>().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>202 with a reference, the same whether or not an account matched; 400 naming the fields otherwise.</summary>
    static async Task<Results<Accepted<SubmittedRequest>, ValidationProblem>> SubmitAsync(
        HttpRequest http, RequestIntake intake, CancellationToken cancellationToken)
    {
        IntakeSubmission? submission;
        try
        {
            submission = await JsonSerializer.DeserializeAsync<IntakeSubmission>(http.Body, Json, cancellationToken);
        }
        catch (JsonException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The body must be a JSON object like {\"type\":\"deletion\",\"email\":…}."] });
        }
        if (submission is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The body is empty."] });

        var errors = submission.Validate();
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        try
        {
            var reference = await intake.SubmitAsync(submission, "api", cancellationToken);
            return TypedResults.Accepted($"/api/requests/{reference}", new SubmittedRequest(reference));
        }
        catch (UnsupportedRequestTypeException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["type"] = ["This kind of request cannot be made here yet."] });
        }
        catch (RequestTypeNotOfferedException notOffered)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["type"] = [notOffered.Message] });
        }
    }

    static async Task<Results<Ok<RequestDetails>, NotFound>> GetAsync(string reference, DsarDbContext db, DefinitionCatalog catalog, RegimeCatalog regimes,
        PayloadSeal seal, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        await using var snapshot = await ReadSnapshot.BeginAsync(db.Database, cancellationToken);
        if (await RequestCase.LoadAsync(db, catalog, reference, cancellationToken) is not { } found) return TypedResults.NotFound();
        var id = found.Request.Id;
        var tasks = await db.StoreTasks.Where(t => t.RequestId == id).OrderBy(t => t.CreatedAtUtc).ToListAsync(cancellationToken);
        var incidents = await db.Incidents.Where(i => i.RequestId == id).OrderBy(i => i.RaisedAtUtc).ToListAsync(cancellationToken);
        var notices = await db.AgentNotices.Where(n => n.RequestId == id).OrderBy(n => n.RaisedAtUtc).ToListAsync(cancellationToken);
        var journal = await db.Journal.Where(j => j.RequestId == id).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var duplicateOf = await db.Requests.Where(r => r.Id == found.Request.DuplicateOfRequestId).Select(r => r.Reference).SingleOrDefaultAsync(cancellationToken);
        var duplicates = await db.Requests.Where(r => r.DuplicateOfRequestId == id).OrderBy(r => r.ReceivedAtUtc).Select(r => r.Reference).ToListAsync(cancellationToken);
        var notes = await db.RequestNotes.Where(n => n.RequestId == id).OrderBy(n => n.AtUtc).ToListAsync(cancellationToken);
        var names = await StaffNames.LoadAsync(db, notes.Select(n => n.AuthorUserId), cancellationToken);
        var currentValues = await CorrectionCurrentValues.ForAsync(db, seal, id, cancellationToken);
        response.Headers.ETag = IfMatch.ETag(found.Instance.Version);
        var appeal = await AppealView.ReadAsync(db, found.Request, cancellationToken);
        return TypedResults.Ok(RequestDetails.From(found, clock.GetUtcNow(), tasks, incidents, notices, journal, duplicateOf, duplicates, notes, names, currentValues,
            regimes.Find(found.Request.RegimeId)?.Name ?? found.Request.RegimeId) with { Appeal = appeal });
    }
}
