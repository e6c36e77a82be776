using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Activities;

public sealed class CompleteActivity : IActivity
{
    public string Name => "Complete";

    public Task<StepOutcome> StartAsync(StepContext context, CancellationToken cancellationToken) =>
        Task.FromResult(StepOutcome.Complete);
}
