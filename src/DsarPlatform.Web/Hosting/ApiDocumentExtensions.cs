namespace DsarPlatform.Web.Hosting;

public static class ApiDocumentExtensions
{
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>The OpenAPI document of the JSON APIs (public intake, staff, auditors): schemas, Problem Details errors, bearer scheme.</summary>
    public static WebApplicationBuilder AddApiDocument(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddOperationTransformer<ApiOperationTransformer>();
            options.AddDocumentTransformer<BearerSchemeTransformer>();
        });
        return builder;
    }

    /// <summary>
    /// <c>/openapi/v1.json</c>, anonymous: it describes the public API, and the staff operations it lists still need a token.
    /// Pages, health probes and the dashboard are not in it.
    /// </summary>
    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
