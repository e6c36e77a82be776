using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;

namespace DsarPlatform.Web.Staff;

/// <summary>
/// Everything the request page shows about one request, read in one go (<see cref="RequestCaseReader"/>).
/// <see cref="AuthorizedAgent"/>: for a request an agent filed over the Data Rights Protocol, which agent and its own id for it.
/// </summary>
public sealed record RequestCaseView(
    RequestCase Case, DateTimeOffset Now, IReadOnlyList<string> WaitingFor, IReadOnlyList<TimelineLine> Timeline,
    IReadOnlyList<StoreTask> Tasks, IReadOnlyList<Incident> Incidents, IReadOnlyList<SentEmail> Emails,
    IReadOnlyList<(RequestNote Note, string Author)> Notes, string? NameOnRecord, IReadOnlyList<FieldCurrentValue> CurrentValues,
    string? Assignee, DsarRequest? AppealOf = null, DsarRequest? AppealedBy = null, string? AuthorizedAgent = null)
{
    /// <summary>What the stores hold now of a field a correction asks to change, store by store, in words.</summary>
    public string CurrentValue(string field)
    {
        var values = CurrentValues.Where(v => v.Field == field).ToList();
        if (values.Count == 0)
            return Closed || WaitsForReview || Request.Corrections.Any(c => c.Accepted is not null)
                ? "not read (this request was reviewed without reading the stores)"
                : "read from the stores when the review begins";
        return string.Join("; ", values.Select(v => v.State switch
        {
            FieldReadState.NotHeld => "no store holds this field",
            FieldReadState.Pending => $"{v.Store}: being read",
            FieldReadState.Failed => $"{v.Store}: could not be read",
            _ => $"{v.Store}: {v.Value ?? "(empty)"}",
        }));
    }

    /// <summary>The events that moved the deadline: questions and answers (pauses) and the extension.</summary>
    public static readonly IReadOnlySet<string> DeadlineEvents = new HashSet<string> { "InformationRequested", "InformationProvided", "DeadlineExtended" };

    public DsarRequest Request => Case.Request;
    public WorkflowInstance Instance => Case.Instance;
    public WorkflowPolicy Policy => Case.Policy;
    public bool Closed => Request.ClosedAtUtc is not null;
    public string Time(DateTime utc) => StaffTime.Format(utc, Policy);
    public int DaysLeft => Workflows.Deadlines.Deadline.DaysLeft(Request.DueAtUtc, Request.ClockPausedSinceUtc(Policy), Now, Policy);
    public DenialCode? Denial => DenialCodes.Find(Request.DenialCode);

    public bool WaitsForManualVerification => Instance.IsWaitingOn(BookmarkKind.Signal, Workflows.Activities.VerifyIdentityActivity.VerifiedByAgentSignal);
    public bool WaitsForReview => Instance.IsWaitingOn(BookmarkKind.Signal, Workflows.Activities.AgentReviewActivity.ReviewedSignal);
    public bool CanAsk => !Closed && Request.AwaitingRequesterSinceUtc is null && Request.RecordEmail is not null;
    public bool CanExtend => !Closed && Request.ExtendedAtUtc is null && Policy.ExtensionLimit is not null
        && (!Policy.ExtensionNoticeBeforeDue || Now.UtcDateTime <= Request.DueAtUtc);
    public bool CanDeny => !Closed && (Request.VerifiedAtUtc is null || Instance.Status == InstanceStatus.Faulted || WaitsForReview
        || Case.CurrentActivity == Workflows.Activities.VerifyIdentityActivity.ActivityName);
    /// <summary>An appeal waiting for an agent to uphold or reverse the denial.</summary>
    public bool WaitsForAppealDecision => Instance.IsWaitingOn(BookmarkKind.Signal, Workflows.Activities.DecideAppealActivity.DecidedSignal);
    public IEnumerable<StoreTask> FailedTasks => Tasks.Where(t => t.Status == StoreTaskStatus.Failed);
    public IEnumerable<Incident> OpenIncidents => Incidents.Where(i => i.ResolvedAtUtc is null);
}
