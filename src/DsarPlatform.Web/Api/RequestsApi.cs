using System.Text.Json;
using DsarPlatform.Web.Hosting;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Api;

public static class RequestsApi
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WebApplication MapRequestsApi(this WebApplication app)
    {
        app.MapPost("/api/requests", SubmitAsync).AllowAnonymous().DisableAntiforgery();
        app.MapGet("/api/requests/{reference}", GetAsync).RequireAuthorization(StaffAuthenticationExtensions.RequestReaders);
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
    }

    static async Task<Results<Ok<RequestDetails>, NotFound>> GetAsync(string reference, DsarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Reference == reference, cancellationToken);
        if (request is null) return TypedResults.NotFound();
        var instance = await db.Instances.AsNoTracking().SingleAsync(i => i.RequestId == request.Id, cancellationToken);
        var tasks = await db.StoreTasks.AsNoTracking().Where(t => t.RequestId == request.Id).OrderBy(t => t.CreatedAtUtc).ToListAsync(cancellationToken);
        var journal = await db.Journal.AsNoTracking().Where(j => j.RequestId == request.Id).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(RequestDetails.From(request, instance, tasks, journal));
    }
}
