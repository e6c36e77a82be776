using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DsarPlatform.Web.Hosting;

/// <summary>
/// Declares the staff bearer scheme (a token from <c>POST /api/auth/login</c>) and requires it on every operation that
/// <see cref="ApiOperationTransformer"/> marked as staff-only (it answers 401).
/// </summary>
sealed class BearerSchemeTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Staff access token from POST /api/auth/login (accessToken).",
        };
        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] };
        foreach (var operation in (document.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
                     .SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            if (operation.Responses?.ContainsKey(ApiOperationTransformer.Unauthorized) != true) continue;
            operation.Security ??= [];
            operation.Security.Add(requirement);
        }
        return Task.CompletedTask;
    }
}
