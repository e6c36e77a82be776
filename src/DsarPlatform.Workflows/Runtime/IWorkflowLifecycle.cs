namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// The domain's part when an instance ends, run in the same unit of work: after its last step, or closed
/// early through <see cref="WorkflowEngine.CloseAsync"/> (e.g. an agent denied the request).
/// </summary>
public interface IWorkflowLifecycle
{
    /// <param name="afterCommit">Registers work to run once the unit of work is committed (e.g. deleting files it made redundant).</param>
    Task ClosedAsync(WorkflowInstance instance, DateTime nowUtc, Action<Action> afterCommit, CancellationToken cancellationToken);
}
