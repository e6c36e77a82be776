using DsarPlatform.Web.Audit;
using DsarPlatform.Web.Hosting;
using DsarPlatform.Workflows.Records;
using Microsoft.Net.Http.Headers;

namespace DsarPlatform.Web.Api;

/// <summary>
/// Auditors' downloads: the records report as CSV (<c>GET /audit/records.csv?from=&amp;to=</c>, streamed, for the signed-in
/// console) and the metrics as JSON (<c>GET /api/metrics?from=&amp;to=&amp;by=</c>, bearer token or cookie). Auditors only.
/// </summary>
public static class RecordsApi
{
    public static WebApplication MapRecordsApi(this WebApplication app)
    {
        app.MapGet("/audit/records.csv", DownloadRecordsAsync).RequireAuthorization(StaffAuthenticationExtensions.Auditors)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
        app.MapGet("/api/metrics", MetricsAsync).RequireAuthorization(StaffAuthenticationExtensions.Auditors)
            .Produces<MetricsSnapshot>().ProducesValidationProblem();
        return app;
    }

    static async Task DownloadRecordsAsync(HttpContext http, RecordsReport report, CancellationToken cancellationToken)
    {
        if (AuditRange.Parse(http.Request.Query, null, out var errors) is not { } range)
        {
            await Results.ValidationProblem(errors).ExecuteAsync(http);
            return;
        }
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers[HeaderNames.ContentDisposition] = $"attachment; filename=\"records-{range.From:yyyy-MM-dd}-to-{range.To:yyyy-MM-dd}.csv\"";
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        await RecordsCsv.WriteAsync(report.ReadAsync(range.From, range.To, cancellationToken), http.Response.Body, cancellationToken);
    }

    static async Task<IResult> MetricsAsync(HttpRequest http, MetricsReport metrics, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (AuditRange.Parse(http.Query, AuditRange.LastTwelveMonths(today), out var errors) is not { } range)
            return Results.ValidationProblem(errors);
        return Results.Ok(await metrics.ReadAsync(range.From, range.To, range.Interval, cancellationToken));
    }
}
