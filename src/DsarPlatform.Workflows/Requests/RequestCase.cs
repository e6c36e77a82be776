using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Requests;

/// <summary>A request with its workflow instance and the definition version it pinned, tracked for changes.</summary>
public sealed record RequestCase(DsarRequest Request, WorkflowInstance Instance, WorkflowDefinition Definition)
{
    /// <summary>The effective policy of the request's regime (cached on the definition).</summary>
    public WorkflowPolicy Policy => Definition.PolicyFor(Request.RegimeId);

    /// <summary>The activity of the step the instance is at; null once it ran past its last step.</summary>
    public string? CurrentActivity => Definition.Steps.ElementAtOrDefault(Instance.StepIndex)?.Activity;

    public static async Task<RequestCase?> LoadAsync(DsarDbContext db, DefinitionCatalog catalog, string reference, CancellationToken cancellationToken)
    {
        var request = await db.Requests.SingleOrDefaultAsync(r => r.Reference == reference, cancellationToken);
        return request is null ? null : await LoadAsync(db, catalog, request, cancellationToken);
    }

    public static async Task<RequestCase> LoadAsync(DsarDbContext db, DefinitionCatalog catalog, DsarRequest request, CancellationToken cancellationToken)
    {
        var instance = await db.Instances.SingleAsync(i => i.RequestId == request.Id, cancellationToken);
        return new RequestCase(request, instance, catalog.Get(instance.DefinitionId, instance.DefinitionVersion));
    }

    /// <summary>
    /// The agent acted on an older state: the version they read (from the page or an If-Match) is no longer the
    /// instance's. Null means they did not say, and the action goes ahead on the current state.
    /// </summary>
    public bool ChangedSince(Guid? expectedVersion) => expectedVersion is { } expected && expected != Instance.Version;

    public void Journal(DsarDbContext db, string @event, string? detail, string actor, string role, DateTime nowUtc)
    {
        db.Journal.Append(Request.Id, Instance.Id, Instance.CurrentStep, @event, actor, role, nowUtc, detail);
        // Any journaled change to a request also renews its instance's token, so two agents acting at once conflict and retry.
        Instance.Version = Guid.NewGuid();
    }
}
