namespace DsarPlatform.Workflows.Runtime;

public enum StoreTaskStatus
{
    Pending,
    Completed,
    Failed,
}
