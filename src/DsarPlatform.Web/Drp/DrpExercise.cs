using System.Text.Json;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Drp;
using DsarPlatform.Workflows.Requests;

namespace DsarPlatform.Web.Drp;

/// <summary>
/// A verified exercise request: <c>access</c> and <c>deletion</c> run our workflows through the intake (channel
/// <see cref="IntakeChannels.AuthorizedAgent"/>) with the DRP record committed alongside; <c>sale:opt-out</c> is recorded
/// and fulfilled at once (the company sells no personal data); the protocol's other rights are recorded as
/// <c>denied/claim_not_covered</c>. Answers the Exercise Status object, or an error.
/// </summary>
public sealed class DrpExercise(RequestIntake intake, DsarDbContext db, TimeProvider clock)
{
    public const string OptOutDetails =
        "Recorded. We do not sell personal data, so there is no sale to stop; your opt-out stays on record should that ever change.";

    public async Task<(DrpStatus? Status, DrpError? Error)> SubmitAsync(DrpAgent agent, JsonElement claims, CancellationToken cancellationToken)
    {
        if (DrpGate.Text(claims, "drp.version") != "1.0") return Error("drp.version must be \"1.0\".");
        var exercise = DrpGate.Text(claims, "exercise");
        if (!DrpExercises.IsKnown(exercise)) return Error("Unsupported rights actions submitted.");
        var agentRequestId = DrpGate.Text(claims, "agent-request-id");
        if (agentRequestId is { Length: > 200 }) return Error("agent-request-id has at most 200 characters.");
        var regime = DrpGate.Text(claims, "regime");
        if (regime is { Length: > 32 }) return Error("regime has at most 32 characters.");
        var callback = DrpGate.Text(claims, "status_callback");
        if (callback is not null && !DrpCallbackAddress.IsAllowed(callback, agent))
            return Error("status_callback must be an http(s) URL on the callback host registered for this agent.");

        var drp = new DrpRequest
        {
            AgentId = agent.AgentId, AgentRequestId = agentRequestId, Exercise = exercise!, Regime = regime, StatusCallback = callback,
            ReceivedAtUtc = clock.GetUtcNow().UtcDateTime, Status = DrpStates.Open,
        };
        return exercise switch
        {
            DrpExercises.Access or DrpExercises.Deletion => await RunWorkflowAsync(drp, claims, cancellationToken),
            DrpExercises.SaleOptOut => (await RecordAsync(drp, DrpStates.Fulfilled, null, OptOutDetails, cancellationToken), null),
            _ => (await RecordAsync(drp, DrpStates.Denied, DrpStates.ClaimNotCovered,
                $"We do not offer \"{exercise}\" through this protocol; access and deletion requests are answered.", cancellationToken), null),
        };
    }

    async Task<(DrpStatus?, DrpError?)> RunWorkflowAsync(DrpRequest template, JsonElement claims, CancellationToken cancellationToken)
    {
        var submission = DrpIdentityClaims.ToSubmission(claims, template.Exercise);
        var problems = submission.Validate();
        if (problems.Count > 0)
        {
            var fields = string.Join(", ", problems.Keys.Select(k => k switch { "fullName" => "name", "dataPoints" => "phone_number/address", _ => k }));
            return Error($"The identity claims are incomplete or invalid ({fields}): name and email are needed, as schema.org/Person claims.");
        }
        DrpRequest? drp = null;
        try
        {
            await intake.SubmitAsync(submission, IntakeChannels.AuthorizedAgent, new StaffActor(DrpRevocation.Actor(template.AgentId), DrpRevocation.Role),
                request => drp = Linked(template, request.Id), cancellationToken);
        }
        catch (UnsupportedRequestTypeException)
        {
            return Error("This kind of request cannot be made here yet.");
        }
        catch (RequestTypeNotOfferedException notOffered)
        {
            return Error(notOffered.Message);
        }
        return (DrpStatusMap.For(drp!, null, null), null);
    }

    static DrpRequest Linked(DrpRequest template, Guid requestId) => new()
    {
        Id = template.Id, AgentId = template.AgentId, RequestId = requestId, AgentRequestId = template.AgentRequestId,
        Exercise = template.Exercise, Regime = template.Regime, StatusCallback = template.StatusCallback,
        ReceivedAtUtc = template.ReceivedAtUtc, Status = DrpStates.Open,
    };

    /// <summary>A request no workflow runs for: its status is final from the start (no callback: the answer carries it).</summary>
    async Task<DrpStatus> RecordAsync(DrpRequest drp, string status, string? reason, string details, CancellationToken cancellationToken)
    {
        drp.Status = status;
        drp.Reason = reason;
        drp.Details = details;
        var answer = DrpStatusMap.For(drp, null, null);
        drp.StatusKey = DrpStatusMap.KeyOf(answer);
        db.DrpRequests.Add(drp);
        await db.SaveChangesAsync(cancellationToken);
        return answer;
    }

    static (DrpStatus?, DrpError?) Error(string message) => (null, DrpError.Of(400, message));
}
