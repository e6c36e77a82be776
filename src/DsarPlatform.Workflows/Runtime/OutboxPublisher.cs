using System.Collections.Concurrent;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// Sends committed outbox rows to their queues and marks them sent, emptying their bodies. A batch is sent at once (each send waits for
/// the broker's confirm, so the batch costs about one confirm round trip instead of one per row) and marked sent in
/// one SaveChanges. A crash or a failed send before that save sends the batch's rows again later, with the same
/// message ids: receivers must be idempotent (the stores are, by task id). Several hosts relay the same table
/// without sending a row twice (<see cref="PendingRows"/>). A row this host cannot make a message of (a type it does not
/// know, or a body it cannot read: a newer host wrote it during a rolling upgrade) is left unsent for a host that can,
/// and the rest of the batch goes out: before, it failed every batch, and no store task was sent any more.
/// </summary>
public sealed class OutboxPublisher(IWorkflowDbContext db, IBus bus, IBusControl busControl, OutboxMessageTypes types, TimeProvider clock,
    ILogger<OutboxPublisher> logger) : IDeliveryStep
{
    const int BatchSize = 200;
    static readonly ConcurrentDictionary<Guid, byte> Reported = new();

    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        // Nothing while the bus is not up: the in-memory bus drops what is sent before it has started and bound its queues,
        // and the row, marked sent, was lost (a store task of a host restarting after a crash never ran: the crash loop),
        // and a broker that is down would only fail the send. The relay polls again in a quarter of a second.
        if (busControl.CheckHealth().Status == BusHealthStatus.Unhealthy) return 0;
        await using var claim = await PendingRows.BeginClaimAsync(db.Database, cancellationToken);
        var pending = await PendingRows.Claim(db.Outbox, db.Database, "Outbox", BatchSize).ToListAsync(cancellationToken);
        if (pending.Count == 0) return 0;
        var messages = pending.Select(row => (Row: row, Message: MessageOf(row))).Where(m => m.Message is not null).ToList();
        await Task.WhenAll(messages.Select(m => SendAsync(m.Row, m.Message!.Value, cancellationToken)));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (row, _) in messages)
        {
            row.Attempts++;
            row.SentAtUtc = now;
            row.Body = "";
        }
        await db.SaveChangesAsync(cancellationToken);
        if (claim is not null) await claim.CommitAsync(cancellationToken);
        return messages.Count;
    }

    /// <summary>The row's message and its type; null (logged: the id and type name, never the body) when this host cannot make it.</summary>
    (object Body, Type Type)? MessageOf(OutboxMessage row)
    {
        try
        {
            if (types.Find(row.MessageType) is { } type && JsonSerializer.Deserialize(row.Body, type) is { } message) return (message, type);
        }
        catch (JsonException)
        {
        }
        // Once per row and process: the relay meets the row again at every poll.
        if (Reported.Count < 10_000 && Reported.TryAdd(row.Id, 0))
            logger.LogWarning("Outbox row {RowId} of type {MessageType} cannot be sent by this host (unknown type or unreadable body); it is left for a host that can",
                row.Id, row.MessageType);
        return null;
    }

    async Task SendAsync(OutboxMessage row, (object Body, Type Type) message, CancellationToken cancellationToken)
    {
        // The span continues the trace of the unit of work that wrote the row, so the bus's send span joins it.
        using var activity = WorkflowTelemetry.StartContinuing("outbox send", row.TraceParent);
        activity?.SetTag("messaging.destination.name", row.Destination);
        var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{row.Destination}"));
        await endpoint.Send(message.Body, message.Type, context => context.MessageId = row.Id, cancellationToken);
    }
}
