using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// Sends committed outbox rows to their queues and marks them sent. A crash between the two sends the row
/// again later, with the same message id: receivers must be idempotent (the stores are, by task id). Several
/// hosts relay the same table without sending a row twice (<see cref="PendingRows"/>).
/// </summary>
public sealed class OutboxPublisher(IWorkflowDbContext db, IBus bus, OutboxMessageTypes types, TimeProvider clock) : IDeliveryStep
{
    const int BatchSize = 100;

    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        await using var claim = await PendingRows.BeginClaimAsync(db.Database, cancellationToken);
        var pending = await PendingRows.Claim(db.Outbox, db.Database, "Outbox", BatchSize).ToListAsync(cancellationToken);
        foreach (var row in pending)
        {
            row.Attempts++;
            var type = types.Find(row.MessageType)
                ?? throw new InvalidOperationException($"Outbox row {row.Id} names unknown message type {row.MessageType}.");
            var message = JsonSerializer.Deserialize(row.Body, type)!;
            var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{row.Destination}"));
            await endpoint.Send(message, type, context => context.MessageId = row.Id, cancellationToken);
            row.SentAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }
        if (claim is not null) await claim.CommitAsync(cancellationToken);
        return pending.Count;
    }
}
