using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Activities;

/// <summary>
/// Waits for an agent's decision. For a correction the agent accepts or refuses each field with a
/// reason (<c>POST …/decisions</c>); the step ends once every field is decided.
/// </summary>
/// <remarks>
/// When the step names stores, it first asks each of them for the current values of the fields to decide
/// (<see cref="StoreActions.ReadFields"/>), in the step's own transaction. The step does not wait for them: the answers
/// land while the agent reviews (<see cref="CorrectionCurrentValues"/>), and a store that cannot answer leaves its
/// fields unread without holding up the decision.
/// </remarks>
public sealed class AgentReviewActivity(RequestStepContexts contexts) : RequestActivity(contexts)
{
    public const string ReviewedSignal = "ReviewCompleted";

    public override string Name => "AgentReview";

    public override Task<StepOutcome> StartAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.Journal("AwaitingAgentReview", $"{context.Request.Corrections.Count} field(s) to decide");
        ReadCurrentValues(context);
        return Task.FromResult(StepOutcome.WaitFor(BookmarkKind.Signal, ReviewedSignal));
    }

    static void ReadCurrentValues(RequestStepContext context)
    {
        if (context.Step.Stores.Count == 0 || context.Request.Corrections.Count == 0) return;
        if (context.Request.AccountId is null)
        {
            // Verified by an agent without a matched account: no store has anything to read.
            context.Journal("FieldsNotRead", "no account matched the request");
            return;
        }
        foreach (var store in context.Step.Stores) context.DispatchStoreTask(store, StoreActions.ReadFields);
    }
}
