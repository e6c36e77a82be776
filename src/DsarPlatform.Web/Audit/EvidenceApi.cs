using System.Text;
using DsarPlatform.Web.Hosting;

namespace DsarPlatform.Web.Audit;

public static class EvidenceApi
{
    /// <summary>
    /// One request's evidence for auditors, as JSON or as a readable HTML page embedding the same JSON; both download as
    /// files that <c>audit verify --evidence</c> checks offline. 404 for an unknown reference.
    /// </summary>
    public static WebApplication MapAuditEvidence(this WebApplication app)
    {
        app.MapGet("/audit/requests/{reference}/evidence.json", (string reference, EvidenceExport export, HttpContext http) =>
                ExportAsync(reference, export, http, EvidenceFormat.ToJson, "application/json", "json"))
            .RequireAuthorization(StaffAuthenticationExtensions.Auditors)
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/audit/requests/{reference}/evidence.html", (string reference, EvidenceExport export, HttpContext http) =>
                ExportAsync(reference, export, http, EvidenceFormat.ToHtml, "text/html; charset=utf-8", "html"))
            .RequireAuthorization(StaffAuthenticationExtensions.Auditors)
            .Produces(StatusCodes.Status200OK, contentType: "text/html").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    static async Task<IResult> ExportAsync(string reference, EvidenceExport export, HttpContext http,
        Func<EvidenceDocument, string> render, string contentType, string extension)
    {
        if (await export.BuildAsync(reference, http.User, http.RequestAborted) is not { } document) return Results.NotFound();
        var bytes = Encoding.UTF8.GetBytes(render(document));
        return Results.File(bytes, contentType, $"evidence-{document.Request.Reference}.{extension}");
    }
}
