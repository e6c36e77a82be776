using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Queue;

/// <summary>
/// Writes requests and their instances straight into the product's database, in the states the queue must tell
/// apart (no workflow runs for them: they wait on a bookmark nothing will deliver during the test).
/// </summary>
public sealed class QueueSeed(DsarApp app)
{
    int _count;

    public DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    public async Task<DsarRequest> AddAsync(RequestType type, double dueInDays, Action<DsarRequest>? request = null, Action<WorkflowInstance>? instance = null,
        Action<DsarDbContext, DsarRequest, WorkflowInstance>? more = null, string channel = "web")
    {
        var row = new DsarRequest
        {
            Reference = $"DSR-Q{Interlocked.Increment(ref _count):D9}", Type = type, Channel = channel, AccountId = $"acct-{_count}",
            SubmittedEmail = "someone@example.com", SubmittedName = "Some One", ReceivedAtUtc = Now.AddDays(-3),
            InitialDueAtUtc = Now.AddDays(dueInDays), DueAtUtc = Now.AddDays(dueInDays),
        };
        request?.Invoke(row);
        await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DsarDbContext>();
            var definition = services.GetRequiredService<DefinitionCatalog>().CurrentFor(type.Key())!;
            var flow = new WorkflowInstance
            {
                RequestId = row.Id, DefinitionId = definition.Id, DefinitionVersion = definition.Version, StepIndex = 1,
                CurrentStep = definition.Steps[1].Name, Status = InstanceStatus.Waiting, BookmarkKind = BookmarkKind.Signal,
                BookmarkKey = "IdentityVerified", CreatedAtUtc = row.ReceivedAtUtc, UpdatedAtUtc = row.ReceivedAtUtc,
            };
            instance?.Invoke(flow);
            db.Requests.Add(row);
            db.Instances.Add(flow);
            more?.Invoke(db, row, flow);
            await db.SaveChangesAsync();
        });
        return row;
    }

    /// <summary>A staff account in the given role; returns its user id.</summary>
    public Task<string> StaffAsync(string email, string role) =>
        app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.That((await users.CreateAsync(user, "Long-Enough-Pass-2026!")).Succeeded);
            Assert.That((await users.AddToRoleAsync(user, role)).Succeeded);
            return user.Id;
        });

    public Task<string> UserIdAsync(string email) =>
        app.InScopeAsync(async services => (await services.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email))!.Id);
}
