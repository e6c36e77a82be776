using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Activities;

/// <summary>
/// The appeal workflow's one working step: waits for an agent to uphold or reverse the denial
/// (<see cref="Appeals.AppealActions"/>), who records the decision, emails it and signals this step in one unit of work.
/// </summary>
public sealed class DecideAppealActivity(RequestStepContexts contexts) : RequestActivity(contexts)
{
    public const string DecidedSignal = "AppealDecided";

    public override string Name => "DecideAppeal";

    public override Task<StepOutcome> StartAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Journal("AwaitingAppealDecision");
        return Task.FromResult(StepOutcome.WaitFor(BookmarkKind.Signal, DecidedSignal));
    }
}
