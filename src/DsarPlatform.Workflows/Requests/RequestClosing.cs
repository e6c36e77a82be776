using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// When a request's workflow ends (its last step, or closed early by an agent) the request is closed with it, and
/// what it no longer needs is shed in the same transaction (<see cref="RequestShedding"/>); the export files go right
/// after the commit (a crash in between leaves them to <see cref="ClosedRequestLeftovers"/>), and the database file is
/// then checkpointed so the shed values leave it promptly.
/// </summary>
public sealed class RequestClosing(DsarDbContext db, DatabaseCheckpoint checkpoint, Packages.RequestExportFolders exportFiles,
    Definitions.DefinitionCatalog catalog) : IWorkflowLifecycle
{
    public async Task ClosedAsync(WorkflowInstance instance, DateTime nowUtc, Action<Action> afterCommit, CancellationToken cancellationToken)
    {
        var request = await db.Requests.FindAsync([instance.RequestId], cancellationToken)
            ?? throw new InvalidOperationException($"Instance {instance.Id} works on request {instance.RequestId}, which does not exist.");
        request.ClosedAtUtc = nowUtc;
        await new RequestShedding(db, exportFiles).ShedAsync(request, instance, nowUtc, KeepCorrectionValuesUntil(request, instance, nowUtc), cancellationToken);
        afterCommit(() =>
        {
            exportFiles.DeleteOf(request.Id);
            checkpoint.Request();
        });
    }

    /// <summary>A denied correction whose policy allows appeals keeps its values until the window ends (a reversal needs them).</summary>
    DateTime? KeepCorrectionValuesUntil(DsarRequest request, WorkflowInstance instance, DateTime nowUtc)
    {
        if (request is not { Type: RequestType.Correction, Outcome: RequestOutcome.Denied }) return null;
        var policy = catalog.Get(instance.DefinitionId, instance.DefinitionVersion).PolicyFor(request.RegimeId);
        return policy.Appeal is { } appeal ? Appeals.AppealWindow.ClosesAtUtc(nowUtc, policy, appeal) : null;
    }
}
