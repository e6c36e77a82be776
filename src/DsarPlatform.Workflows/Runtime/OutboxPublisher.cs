using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// Sends committed outbox rows to their queues and marks them sent, emptying their bodies. A batch is sent at once (each send waits for
/// the broker's confirm, so the batch costs about one confirm round trip instead of one per row) and marked sent in
/// one SaveChanges. A crash or a failed send before that save sends the batch's rows again later, with the same
/// message ids: receivers must be idempotent (the stores are, by task id). Several hosts relay the same table
/// without sending a row twice (<see cref="PendingRows"/>).
/// </summary>
public sealed class OutboxPublisher(IWorkflowDbContext db, IBus bus, IBusControl busControl, OutboxMessageTypes types, TimeProvider clock) : IDeliveryStep
{
    const int BatchSize = 200;

    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        // Nothing while the bus is not up: the in-memory bus drops what is sent before it has started and bound its queues,
        // and the row, marked sent, was lost (a store task of a host restarting after a crash never ran: the crash loop),
        // and a broker that is down would only fail the send. The relay polls again in a quarter of a second.
        if (busControl.CheckHealth().Status == BusHealthStatus.Unhealthy) return 0;
        await using var claim = await PendingRows.BeginClaimAsync(db.Database, cancellationToken);
        var pending = await PendingRows.Claim(db.Outbox, db.Database, "Outbox", BatchSize).ToListAsync(cancellationToken);
        if (pending.Count == 0) return 0;
        await Task.WhenAll(pending.Select(row => SendAsync(row, cancellationToken)));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in pending)
        {
            row.Attempts++;
            row.SentAtUtc = now;
            row.Body = "";
        }
        await db.SaveChangesAsync(cancellationToken);
        if (claim is not null) await claim.CommitAsync(cancellationToken);
        return pending.Count;
    }

    async Task SendAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        // The span continues the trace of the unit of work that wrote the row, so the bus's send span joins it.
        using var activity = WorkflowTelemetry.StartContinuing("outbox send", row.TraceParent);
        activity?.SetTag("messaging.destination.name", row.Destination);
        var type = types.Find(row.MessageType)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} names unknown message type {row.MessageType}.");
        var message = JsonSerializer.Deserialize(row.Body, type)!;
        var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{row.Destination}"));
        await endpoint.Send(message, type, context => context.MessageId = row.Id, cancellationToken);
    }
}
