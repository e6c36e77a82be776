namespace DsarPlatform.Workflows.Runtime;

public enum InstanceStatus
{
    Running,
    Waiting,
    Faulted,
    Completed,
    Cancelled,
}
