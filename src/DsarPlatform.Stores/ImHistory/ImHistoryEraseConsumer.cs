using DsarPlatform.Contracts;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Stores.ImHistory;

/// <summary>
/// Erases the messages the person wrote and their membership of conversations. Messages others
/// wrote stay: they are the other participants' data.
/// </summary>
public sealed class ImHistoryEraseConsumer(ImHistoryDbContext db, TimeProvider clock, ILogger<ImHistoryEraseConsumer> logger)
    : StoreTaskConsumer<EraseSubjectData, ImHistoryDbContext>(db, clock, logger)
{
    protected override string StoreName => StoreNames.ImHistory;
    protected override string Action => StoreActions.Erase;

    protected override async Task<StoreTaskOutcome> ExecuteAsync(EraseSubjectData command, CancellationToken cancellationToken)
    {
        var accountId = command.AccountId;
        var messages = await Db.Messages.Where(m => m.SenderAccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        var memberships = await Db.Participants.Where(p => p.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        // A conversation nobody is left in holds nothing anyone can see.
        await Db.Conversations.Where(c => !c.Participants.Any()).ExecuteDeleteAsync(cancellationToken);

        return new StoreTaskOutcome(
            [new("messages", messages), new("conversation-memberships", memberships)],
            []);
    }
}
