using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Api;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Intake;

/// <summary>Submissions arriving together are committed together, yet each is its own request with its own workflow.</summary>
public sealed class IntakeBurstTests
{
    const int Burst = 60;

    [Test, CancelAfter(120_000)]
    public async Task A_burst_of_submissions_is_answered_202_each_with_its_own_reference_request_and_instance()
    {
        var app = new DsarApp(settings: new Dictionary<string, string?> { ["Security:RateLimits:PublicPostsPerWindow"] = "100000" });
        try
        {
            var client = app.CreateClient();
            var answers = await Task.WhenAll(Enumerable.Range(0, Burst).Select(i => Task.Run(() => client.PostAsJsonAsync("/api/requests",
                new { type = "deletion", email = $"person{i}@nowhere.example", fullName = $"Person {i}" }))));

            Assert.That(answers.Select(a => a.StatusCode), Has.All.EqualTo(HttpStatusCode.Accepted));
            var references = await Task.WhenAll(answers.Select(async a => (await a.Content.ReadFromJsonAsync<SubmittedRequest>())!.Reference));
            Assert.That(references.Distinct().Count(), Is.EqualTo(Burst));

            await app.WaitForFirstStepsAsync();
            var (requests, started) = await app.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<DsarDbContext>();
                var ids = await db.Requests.Where(r => references.Contains(r.Reference)).Select(r => r.Id).ToListAsync();
                var instances = await db.Instances.CountAsync(i => ids.Contains(i.RequestId) && i.Status != InstanceStatus.Received);
                return (ids.Count, instances);
            });
            Assert.That((requests, started), Is.EqualTo((Burst, Burst)), "every request recorded, and every instance past its first step");
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }
}
