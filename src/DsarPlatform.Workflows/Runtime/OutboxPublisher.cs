using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// Sends committed outbox rows to their queues and marks them sent. A batch is sent at once (each send waits for
/// the broker's confirm, so the batch costs about one confirm round trip instead of one per row) and marked sent in
/// one SaveChanges. A crash or a failed send before that save sends the batch's rows again later, with the same
/// message ids: receivers must be idempotent (the stores are, by task id).
/// </summary>
public sealed class OutboxPublisher(IWorkflowDbContext db, IBus bus, OutboxMessageTypes types, TimeProvider clock) : IDeliveryStep
{
    const int BatchSize = 200;

    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await db.Outbox.Where(m => m.SentAtUtc == null)
            .OrderBy(m => m.CreatedAtUtc).Take(BatchSize).ToListAsync(cancellationToken);
        if (pending.Count == 0) return 0;
        await Task.WhenAll(pending.Select(row => SendAsync(row, cancellationToken)));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in pending)
        {
            using var activity = WorkflowTelemetry.StartContinuing("outbox send", row.TraceParent);
            activity?.SetTag("messaging.destination.name", row.Destination);
            row.Attempts++;
            row.SentAtUtc = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return pending.Count;
    }

    async Task SendAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var type = types.Find(row.MessageType)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} names unknown message type {row.MessageType}.");
        var message = JsonSerializer.Deserialize(row.Body, type)!;
        var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{row.Destination}"));
        await endpoint.Send(message, type, context => context.MessageId = row.Id, cancellationToken);
    }
}
