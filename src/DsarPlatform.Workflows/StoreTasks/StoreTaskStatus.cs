namespace DsarPlatform.Workflows.StoreTasks;

public enum StoreTaskStatus
{
    Pending,
    Completed,
    Failed,
}
