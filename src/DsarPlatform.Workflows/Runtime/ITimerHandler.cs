namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// Fires the timers of its kinds inside the sweep's transaction. Step timers need none: the engine resumes
/// their step. Each other kind has exactly one handler.
/// </summary>
public interface ITimerHandler
{
    IReadOnlyCollection<TimerKind> Kinds { get; }

    Task FireAsync(WorkflowTimer timer, DateTime nowUtc, CancellationToken cancellationToken);
}
