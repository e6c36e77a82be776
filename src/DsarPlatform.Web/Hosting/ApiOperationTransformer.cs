using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DsarPlatform.Web.Hosting;

/// <summary>
/// The error answers every operation shares, as Problem Details: 401 and 403 where staff authorization guards it, and 500
/// everywhere (the exception handler answers API calls with a problem, never a stack trace).
/// </summary>
sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    public const string Unauthorized = "401";
    const string ProblemContentType = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var staffOnly = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        operation.Responses ??= new OpenApiResponses();
        if (staffOnly)
        {
            Add(operation, Unauthorized, "No valid staff token (or a session that ended).", problem);
            Add(operation, "403", "The member of staff's role does not allow this.", problem);
        }
        Add(operation, "500", "An unexpected error; the problem names no internals.", problem);
    }

    static void Add(OpenApiOperation operation, string status, string description, OpenApiSchema problem) =>
        operation.Responses!.TryAdd(status, new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemContentType] = new() { Schema = problem } },
        });
}
