using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Security;

/// <summary>
/// One route of the running app as the matrix sees it: its pattern, methods, whether it is a page or an API, and
/// which staff roles its authorization metadata admits (null: nothing protects it), and for a page the names of its POST
/// handlers ("" for a plain <c>OnPost</c>), each an action of its own.
/// </summary>
public sealed record StaffRoute(RoutePattern Pattern, IReadOnlyList<string> Methods, bool IsApi, IReadOnlyList<string>? AllowedRoles,
    IReadOnlyList<string> PostHandlers)
{
    public string Path => "/" + (Pattern.RawText ?? "").Trim('/');

    public IEnumerable<string> ParameterNames => Pattern.Parameters.Select(p => p.Name);

    public override string ToString() => $"{string.Join(",", Methods)} {Path}";

    /// <summary>Every route endpoint of the app, pages, minimal APIs and the Hangfire dashboard alike.</summary>
    public static async Task<IReadOnlyList<StaffRoute>> ReadAllAsync(IServiceProvider services)
    {
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var pages = services.GetRequiredService<PageLoader>();
        var routes = new List<StaffRoute>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching == true) continue;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() is { Count: > 0 } declared
                ? declared : ["GET", "POST"]; // pages and the dashboard answer both
            var path = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
            routes.Add(new StaffRoute(endpoint.RoutePattern, methods, path.StartsWith("/api/", StringComparison.Ordinal),
                await AllowedRolesAsync(endpoint, policies), await PostHandlersAsync(endpoint, pages)));
        }
        return routes;
    }

    static async Task<IReadOnlyList<string>> PostHandlersAsync(RouteEndpoint endpoint, PageLoader pages)
    {
        if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page) return [];
        var compiled = await pages.LoadAsync(page, endpoint.Metadata);
        return compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)).Select(h => h.Name ?? "").ToList();
    }

    static async Task<IReadOnlyList<string>?> AllowedRolesAsync(Endpoint endpoint, IAuthorizationPolicyProvider policies)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) return null;
        var policy = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
            endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
        if (policy is null) return null;
        IEnumerable<string> allowed = StaffRoles.All;
        foreach (var roles in policy.Requirements.OfType<RolesAuthorizationRequirement>()) allowed = allowed.Intersect(roles.AllowedRoles);
        return allowed.ToList();
    }
}
