using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Tests.Security;

/// <summary>
/// Real values for route parameters, from two seeded requests: "own" values belong to request A, "foreign" ones to
/// request B. A parameter name not in this table fails the matrix, naming it, so a new route is never skipped.
/// </summary>
public sealed class RouteValues
{
    readonly Dictionary<string, (string Own, string Foreign)> _values;

    RouteValues(Dictionary<string, (string Own, string Foreign)> values) => _values = values;

    public static async Task<RouteValues> SeedAsync(DsarApp app, DsarApi api)
    {
        var a = await api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        var b = await api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await app.WaitForFirstStepsAsync();
        return await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DsarDbContext>();
            var requests = await db.Requests.Where(r => r.Reference == a || r.Reference == b).ToDictionaryAsync(r => r.Reference, r => r.Id);
            async Task<string> TaskOf(string reference) =>
                (await db.StoreTasks.Where(t => t.RequestId == requests[reference]).Select(t => t.Id).FirstAsync()).ToString();
            // An incident on each request, as a failed step would raise it, so incident routes get real ids.
            var incidents = new Dictionary<string, Guid>();
            foreach (var (reference, id) in requests)
            {
                var instance = await db.Instances.Where(i => i.RequestId == id).Select(i => i.Id).SingleAsync();
                var incident = new Incident { RequestId = id, InstanceId = instance, Step = "match-account", Cause = "route matrix", RaisedAtUtc = app.Clock.GetUtcNow().UtcDateTime };
                db.Incidents.Add(incident);
                incidents[reference] = incident.Id;
            }
            await db.SaveChangesAsync();
            return new RouteValues(new Dictionary<string, (string, string)>
            {
                // A reference alone: the "other object" is a reference no request has.
                ["reference"] = (a, RequestReference.New()),
                ["taskId"] = (await TaskOf(a), await TaskOf(b)),
                ["incidentId"] = (incidents[a].ToString(), incidents[b].ToString()),
                // The Hangfire dashboard's catch-all.
                ["path"] = ("", ""),
            });
        });
    }

    /// <summary>Unknown parameter names of a route, which the table must learn before the route can be checked.</summary>
    public IEnumerable<string> Unknown(StaffRoute route) => route.ParameterNames.Where(name => !_values.ContainsKey(name));

    /// <summary>The route's address with request A's values, or with request B's value for <paramref name="foreign"/>.</summary>
    public string Url(StaffRoute route, string? foreign = null)
    {
        var segments = route.Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(parameter.Name == foreign ? _values[parameter.Name].Foreign : _values[parameter.Name].Own),
            _ => throw new InvalidOperationException($"Unexpected route part in {route}"),
        })));
        return "/" + string.Join("/", segments).TrimEnd('/');
    }

    /// <summary>The parameter whose foreign value must give 404: an id beside the reference, else the reference itself.</summary>
    public static string? ObjectParameter(StaffRoute route)
    {
        var names = route.ParameterNames.ToList();
        if (!names.Contains("reference")) return names.FirstOrDefault(n => n.EndsWith("Id", StringComparison.Ordinal));
        return names.FirstOrDefault(n => n != "reference" && n.EndsWith("Id", StringComparison.Ordinal)) ?? "reference";
    }
}
