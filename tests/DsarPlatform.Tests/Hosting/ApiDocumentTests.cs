using System.Reflection;
using System.Text.Json;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Hosting;

/// <summary>
/// <c>/openapi/v1.json</c> against the running app's route table: every JSON API route (every minimal API endpoint not
/// deliberately left out, such as the health probes) is described, with a success answer and a Problem Details error.
/// </summary>
[TestFixture, CancelAfter(120_000)]
public class ApiDocumentTests
{
    DsarApp _app = null!;
    JsonElement _paths;

    [OneTimeSetUp]
    public async Task Start()
    {
        _app = new DsarApp();
        var response = await _app.CreateClient().GetAsync(ApiDocumentExtensions.DocumentPath);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), "the document answers anonymously");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(document.RootElement.GetProperty("openapi").GetString(), Does.StartWith("3."));
        _paths = document.RootElement.GetProperty("paths").Clone();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [Test]
    public void Every_api_route_is_in_the_document()
    {
        var missing = new List<string>();
        var routes = ApiRoutes().ToList();
        foreach (var (path, method) in routes)
        {
            if (!_paths.TryGetProperty(path, out var item) || !item.TryGetProperty(method.ToLowerInvariant(), out _))
                missing.Add($"{method} {path}");
        }

        Assert.That(routes, Has.Count.GreaterThan(15), "the route table was read");
        Assert.That(routes, Does.Contain(("/api/requests", "POST")).And.Contain(("/api/requests/{reference}/tasks/{taskId}/retry", "POST")));
        Assert.That(missing, Is.Empty, "routes missing from /openapi/v1.json");
    }

    [Test]
    public void Every_operation_answers_a_success_and_a_problem()
    {
        var failures = new List<string>();
        foreach (var (path, method, operation) in Operations())
        {
            var statuses = operation.GetProperty("responses").EnumerateObject().ToList();
            if (!statuses.Any(s => s.Name.StartsWith('2'))) failures.Add($"{method} {path}: no 2xx answer");
            if (!statuses.Any(s => s.Name[0] is '4' or '5' && s.Value.TryGetProperty("content", out var content)
                    && content.TryGetProperty("application/problem+json", out _)))
                failures.Add($"{method} {path}: no Problem Details answer");
        }
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Staff_operations_require_the_bearer_scheme_and_intake_does_not()
    {
        var intake = _paths.GetProperty("/api/requests").GetProperty("post");
        var queue = _paths.GetProperty("/api/requests").GetProperty("get");

        Assert.That(intake.TryGetProperty("security", out _), Is.False);
        Assert.That(intake.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _), Is.True, "the intake's body schema");
        Assert.That(queue.GetProperty("security")[0].TryGetProperty("Bearer", out _), Is.True);
        Assert.That(queue.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json")
            .TryGetProperty("schema", out _), Is.True, "the queue's answer schema");
    }

    IEnumerable<(string Path, string Method)> ApiRoutes()
    {
        foreach (var endpoint in _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            // Minimal API handlers carry their method; pages and the Hangfire dashboard do not.
            if (endpoint.Metadata.GetMetadata<MethodInfo>() is null || endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null) continue;
            if (endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription == true) continue;
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                yield return (DocumentPath(endpoint.RoutePattern), method);
        }
    }

    // The document writes a parameter without its constraint: {taskId:guid} is {taskId}.
    static string DocumentPath(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            _ => "",
        }))));

    IEnumerable<(string Path, string Method, JsonElement Operation)> Operations() =>
        _paths.EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete")
            .Select(o => (path.Name, o.Name, o.Value)));
}
