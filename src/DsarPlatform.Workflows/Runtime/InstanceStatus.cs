namespace DsarPlatform.Workflows.Runtime;

/// <summary>Where an instance is. <see cref="Received"/>: recorded at intake, its first step not yet run (it runs after the answer).</summary>
public enum InstanceStatus
{
    Running,
    Waiting,
    Faulted,
    Completed,
    Cancelled,
    Received,
}
