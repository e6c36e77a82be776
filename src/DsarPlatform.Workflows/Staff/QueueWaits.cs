using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Staff;

/// <summary>What a request's current step waits on, in the few words a queue column has room for.</summary>
public static class QueueWaits
{
    public static string Describe(WorkflowInstance instance) => instance.Status switch
    {
        InstanceStatus.Received => "first step (queued)",
        InstanceStatus.Running => "running",
        InstanceStatus.Faulted => "an agent: the step failed",
        InstanceStatus.Completed or InstanceStatus.Cancelled => "nothing (ended)",
        _ => instance.BookmarkKind switch
        {
            BookmarkKind.Signal => instance.BookmarkKey switch
            {
                VerifyIdentityActivity.VerifiedSignal => "requester to confirm the email link",
                VerifyIdentityActivity.VerifiedByAgentSignal => "an agent to verify identity",
                AgentReviewActivity.ReviewedSignal => "an agent's decisions",
                DecideAppealActivity.DecidedSignal => "an agent to decide the appeal",
                var key => $"signal {key}",
            },
            BookmarkKind.Timer => "a timer",
            BookmarkKind.StoreTasks => "the stores",
            _ => "nothing",
        },
    };
}
