using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Activities;

/// <summary>
/// Waits for an agent's decision. For a correction the agent accepts or refuses each field with a
/// reason (<c>POST …/decisions</c>); the step ends once every field is decided.
/// </summary>
public sealed class AgentReviewActivity(RequestStepContexts contexts) : RequestActivity(contexts)
{
    public const string ReviewedSignal = "ReviewCompleted";

    public override string Name => "AgentReview";

    public override Task<StepOutcome> StartAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Journal("AwaitingAgentReview", $"{context.Request.Corrections.Count} field(s) to decide");
        return Task.FromResult(StepOutcome.WaitFor(BookmarkKind.Signal, ReviewedSignal));
    }
}
