using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>
/// A store erased data it had kept by law once its retain-until date passed: the request's journal says
/// so, once (a redelivered event finds its entry and changes nothing).
/// </summary>
public sealed class RetainedDataErasedConsumer(DsarDbContext db, WorkflowEngine engine) : MassTransit.IConsumer<RetainedDataErased>
{
    public Task Consume(MassTransit.ConsumeContext<RetainedDataErased> context) =>
        engine.CommitAsync(async ct =>
        {
            var message = context.Message;
            var detail = $"{message.Store}: {message.Count} {message.Category.Replace('-', ' ')} erased after their retention period";
            var instance = await db.Instances.SingleOrDefaultAsync(i => i.RequestId == message.RequestId, ct);
            if (instance is null || await db.Journal.AnyAsync(j => j.RequestId == message.RequestId && j.Event == "RetainedDataErased" && j.Detail == detail, ct))
                return false;
            db.Journal.Append(message.RequestId, instance.Id, instance.CurrentStep, "RetainedDataErased", message.Store, "Store", message.ErasedAtUtc, detail);
            return true;
        }, context.CancellationToken);
}
