using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Security;

/// <summary>
/// Which bucket a request takes from: a signed-in member of staff their own (by user id), an authorized agent's DRP POST
/// the agent's (its bearer token matched a set-up), an anonymous public POST its client address's; anything else none.
/// Runs after authentication so the user is known. An unknown token buys no bucket: it counts against its address.
/// </summary>
static class RequestLimits
{
    const string AgentKey = "drp-agent";

    public static RateLimitPartition<string> PartitionFor(HttpContext context, RateLimitSettings limits, TimeProvider clock)
    {
        if (HttpMethods.IsPost(context.Request.Method) && StaffUserId(context.User) is { } userId)
        {
            return RateLimitPartition.Get("staff:" + userId, _ => new ClockedFixedWindowLimiter(limits.StaffPostsPerWindow, limits.Window, clock));
        }
        if (context.Items[AgentKey] is string agentId)
        {
            return RateLimitPartition.Get("agent:" + agentId, _ => new ClockedFixedWindowLimiter(limits.AgentPostsPerWindow, limits.Window, clock));
        }
        if (PublicEndpoints.IsPublicPost(context.Request) && !PublicEndpoints.IsStaffAction(context.Request))
        {
            return RateLimitPartition.Get("ip:" + PublicEndpoints.ClientAddress(context), _ => new ClockedFixedWindowLimiter(limits.PublicPostsPerWindow, limits.Window, clock));
        }
        return RateLimitPartition.GetNoLimiter("");
    }

    /// <summary>
    /// The page cookie is read by authentication's middleware; an API call's bearer token is not (it is no default scheme), so
    /// read it here: a staff API call then counts against its user, not against its address.
    /// </summary>
    public static async Task IdentifyBearerAsync(HttpContext context, RequestDelegate next)
    {
        if (context.User.Identity?.IsAuthenticated != true && context.Request.Headers.Authorization.Count > 0)
        {
            var bearer = await context.AuthenticateAsync(IdentityConstants.BearerScheme);
            if (bearer.Succeeded) context.User = bearer.Principal;
        }
        await next(context);
    }

    /// <summary>A DRP POST with a bearer token: the agent whose current set-up token it is, if any (one indexed read).</summary>
    public static async Task IdentifyDrpAgentAsync(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/v1") && Drp.DrpTokens.FromHeader(context.Request) is { } token)
        {
            var db = context.RequestServices.GetRequiredService<Workflows.Data.DsarDbContext>();
            var agentId = await Drp.DrpTokens.Holding(db.DrpAgents, token).Select(a => a.AgentId).FirstOrDefaultAsync(context.RequestAborted);
            if (agentId is not null) context.Items[AgentKey] = agentId;
        }
        await next(context);
    }

    static string? StaffUserId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
