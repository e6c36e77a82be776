using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// An email the mail server refused for good (or whose address cannot be written) is marked refused, in the transaction
/// that would have marked it sent, and is never tried again: it no longer holds up every email queued after it. An email
/// about a request raises an incident there, since its recipient (the requester, an account holder, an agent) did not
/// hear from us; resolving it (after reaching them another way) moves no step.
/// </summary>
public static class EmailRefusals
{
    /// <summary>The step name of the incident; the workflow does not wait on an email.</summary>
    public const string IncidentStep = "email";

    public static async Task RefuseAsync(DsarDbContext db, OutgoingEmail email, string reason, DateTime nowUtc, CancellationToken cancellationToken)
    {
        email.Attempts++;
        email.RefusedAtUtc = nowUtc;
        email.Refusal = reason;
        if (email.RequestId is not { } requestId) return;
        var instance = await db.Instances.SingleAsync(i => i.RequestId == requestId, cancellationToken);
        db.Incidents.Add(new Incident
        {
            RequestId = requestId, InstanceId = instance.Id, Step = IncidentStep, RaisedAtUtc = nowUtc,
            Cause = $"The mail server refused the '{email.Template}' email for good ({reason}): it was not delivered and is not sent again. "
                    + "Check the address it went to (emails of this request), reach its recipient another way, then resolve this incident saying how.",
        });
        db.Journal.Append(requestId, instance.Id, instance.CurrentStep, "EmailRefused", "system", "system", nowUtc, $"{email.Template}: {reason}");
    }
}
