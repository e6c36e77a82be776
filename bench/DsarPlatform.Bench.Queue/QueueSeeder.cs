using System.Data.Common;
using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Bench.Queue;

/// <summary>
/// Seeds the queue's volumes with a realistic mix (see README): open requests due from 10 days ago to 30 days ahead,
/// 60% held by one of 20 agents, instances in every waiting state, incidents, notices, answered questions; closed
/// requests over two years with their outcomes.
/// </summary>
public sealed class QueueSeeder(DbConnection connection, DefinitionCatalog catalog, DateTime nowUtc)
{
    static readonly string[] RequestColumns =
    [
        "Id", "Reference", "Type", "Channel", "AccountId", "SubmittedEmail", "SubmittedName", "DataPointsJson", "MatchedDataPoints",
        "MismatchedDataPoints", "SignedDeclaration", "ReceivedAtUtc", "InitialDueAtUtc", "DueAtUtc", "VerifiedAtUtc",
        "AwaitingRequesterSinceUtc", "RequesterQuestion", "RequesterAnswer", "CorrectionsJson", "Outcome", "ClosedAtUtc", "Throttled", "AssigneeId",
    ];
    static readonly string[] InstanceColumns =
    [
        "Id", "RequestId", "DefinitionId", "DefinitionVersion", "StepIndex", "CurrentStep", "Status", "BookmarkKind", "BookmarkKey",
        "CreatedAtUtc", "UpdatedAtUtc", "Version",
    ];
    static readonly string[] Types = ["Access", "Correction", "Deletion"];

    public IReadOnlyList<string> AgentIds { get; } = Enumerable.Range(0, 20).Select(i => $"bench-agent-{i:D2}").ToList();

    public async Task SeedAsync(int open, int closed)
    {
        var random = new Random(42);
        await using (var users = await BulkRows.OpenAsync(connection, "AspNetUsers", "Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail",
                         "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount"))
        {
            foreach (var id in AgentIds)
                await users.AddAsync(id, $"{id}@dsar.local", $"{id}@DSAR.LOCAL".ToUpperInvariant(), $"{id}@dsar.local", $"{id}@DSAR.LOCAL".ToUpperInvariant(), true, false, false, true, 0);
        }

        var incidents = new List<(Guid Request, Guid Instance)>();
        var notices = new List<(Guid Request, DateTime Due, bool Acknowledged)>();
        var answers = new List<(Guid Request, Guid Instance)>();
        // One bulk writer at a time per connection (one SQLite transaction, one COPY): instances follow their requests.
        var instanceRows = new List<object?[]>(open + closed);
        await using (var requests = await BulkRows.OpenAsync(connection, "Requests", RequestColumns))
        {
            for (var n = 0; n < open + closed; n++)
            {
                var isOpen = n < open;
                var type = Types[n % 3];
                var definition = catalog.CurrentFor(type.ToLowerInvariant())!;
                var due = isOpen ? nowUtc.AddMinutes(random.Next(-10 * 1440, 30 * 1440)) : nowUtc.AddDays(-random.Next(0, 700));
                var received = due.AddDays(-30);
                var roll = random.Next(100);
                var (status, bookmark, key, verified) = !isOpen ? ("Completed", "None", (string?)null, true)
                    : roll < 15 ? ("Waiting", "Signal", (string?)"IdentityVerified", false)
                    : roll < 23 ? ("Waiting", "Signal", (string?)"VerifiedByAgent", false)
                    : roll < 28 && type == "Correction" ? ("Waiting", "Signal", (string?)"ReviewCompleted", true)
                    : roll < 30 ? ("Faulted", "StoreTasks", null, true)
                    : roll < 80 ? ("Waiting", "StoreTasks", null, true)
                    : ("Waiting", "Timer", null, true);
                var paused = isOpen && random.Next(100) < 3;
                var answered = isOpen && !paused && random.Next(100) < 2;
                var outcome = isOpen ? null : roll < 85 ? "Fulfilled" : roll < 97 ? "Denied" : "LinkedToOpenRequest";
                var (requestId, instanceId) = (Guid.NewGuid(), Guid.NewGuid());
                await requests.AddAsync(requestId, $"DSR-B{n:D10}", type, roll % 10 == 0 ? "api" : roll % 50 == 1 ? "phone" : "web", $"acct-{n}",
                    "someone@example.com", "Some One", "{}", "", "", false, received, due, due, verified ? received.AddDays(1) : null,
                    paused ? nowUtc.AddDays(-2) : null, paused || answered ? "Which phone?" : null, answered ? "The old one." : null, "[]",
                    outcome, isOpen ? null : due.AddDays(-random.Next(1, 25)), false,
                    isOpen && random.Next(100) < 60 ? AgentIds[random.Next(AgentIds.Count)] : null);
                instanceRows.Add([instanceId, requestId, definition.Id, definition.Version, 2, definition.Steps[Math.Min(2, definition.Steps.Count - 1)].Name,
                    status, bookmark, key, received, received, Guid.NewGuid()]);
                if (status == "Faulted") incidents.Add((requestId, instanceId));
                if (isOpen && due < nowUtc.AddDays(7)) notices.Add((requestId, due, random.Next(2) == 0));
                if (answered) answers.Add((requestId, instanceId));
            }
        }

        await using (var instances = await BulkRows.OpenAsync(connection, "WorkflowInstances", InstanceColumns))
            foreach (var row in instanceRows) await instances.AddAsync(row);
        await using (var rows = await BulkRows.OpenAsync(connection, "Incidents", "Id", "RequestId", "InstanceId", "Step", "Cause", "RaisedAtUtc"))
            foreach (var (request, instance) in incidents) await rows.AddAsync(Guid.NewGuid(), request, instance, "erase", "store failed", nowUtc.AddDays(-1));
        await using (var rows = await BulkRows.OpenAsync(connection, "AgentNotices", "Id", "RequestId", "Key", "Kind", "DueAtUtc", "RaisedAtUtc", "AcknowledgedAtUtc"))
            foreach (var (request, due, acknowledged) in notices)
                await rows.AddAsync(Guid.NewGuid(), request, "reminder-7d", "Reminder", due, due.AddDays(-7), acknowledged ? due.AddDays(-6) : null);
        await using (var rows = await BulkRows.OpenAsync(connection, "Journal", "RequestId", "InstanceId", "AtUtc", "Step", "Event", "Actor", "Role"))
            foreach (var (request, instance) in answers)
            {
                await rows.AddAsync(request, instance, nowUtc.AddDays(-3), "review", "InformationRequested", "bench-agent-00", "Agent");
                await rows.AddAsync(request, instance, nowUtc.AddDays(-1), "review", "InformationProvided", "requester", "DataSubject");
            }
    }
}
