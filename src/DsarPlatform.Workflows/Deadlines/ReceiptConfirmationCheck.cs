using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Deadlines;

/// <summary>
/// At the receipt confirmation's deadline: when none was sent (no email on record, or the first step never got that far)
/// and the request is still open, an agent notice puts the request in front of a person, once.
/// </summary>
public sealed class ReceiptConfirmationCheck(DsarDbContext db) : ITimerHandler
{
    public IReadOnlyCollection<TimerKind> Kinds { get; } = [TimerKind.ReceiptConfirmation];

    public async Task FireAsync(WorkflowTimer timer, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var request = await db.Requests.SingleAsync(r => r.Id == timer.RequestId, cancellationToken);
        if (request.ClosedAtUtc is not null) return;
        if (await db.Journal.AnyAsync(j => j.RequestId == request.Id && j.Event == ReceiptConfirmations.ConfirmedEvent, cancellationToken)) return;
        if (await db.AgentNotices.AnyAsync(n => n.RequestId == request.Id && n.Key == timer.Purpose, cancellationToken)) return;

        var step = await db.Instances.Where(i => i.Id == timer.InstanceId).Select(i => i.CurrentStep).SingleAsync(cancellationToken);
        db.AgentNotices.Add(new AgentNotice
        {
            RequestId = request.Id, Key = timer.Purpose, Kind = timer.Kind, DueAtUtc = timer.DueAtUtc, RaisedAtUtc = nowUtc,
        });
        db.Journal.Append(request.Id, timer.InstanceId, step, "ReceiptConfirmationMissed", "system", "system", nowUtc,
            $"no receipt confirmation was sent by {timer.DueAtUtc:O}: confirm receipt to the requester another way");
    }
}
