using DsarPlatform.Contracts;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.ImHistory;

/// <summary>
/// The instant-message history store. An export holds the person's conversations (with the other
/// participants as account ids) and the messages in them since they joined: what they already see in
/// the app. Erasure removes the messages the person wrote and their memberships; messages others wrote
/// stay, they are the other participants' data. No field here can be rectified.
/// </summary>
public sealed class ImHistoryStore(ImHistoryDbContext db) : ISubjectDataStore
{
    const string Service = "contract: delivering and showing your messages is the service you use";
    const string Retention = "At most 30 days, then deleted automatically.";

    static readonly CategoryDescription Conversations = new("conversations",
        "The chats you take part in: when each started, when you joined and the account ids of everyone in it.",
        "To deliver messages between the people in a chat.", Service, [], Retention, "You and the people you chat with.");

    static readonly CategoryDescription Messages = new("messages",
        "The messages in your chats since you joined them: the ones you wrote and the ones you received, with sender and time.",
        "To deliver messages and show you the recent history.", Service, ["the other people in each chat"], Retention,
        "You and the people you chat with.");

    public string Name => StoreNames.ImHistory;
    public StoreDbContext Db => db;

    public async Task ExportAsync(string accountId, ExportWriter export, CancellationToken cancellationToken)
    {
        var memberships = db.Participants.AsNoTracking().Where(p => p.AccountId == accountId);

        await export.WriteCategoryAsync(Conversations,
            memberships.OrderBy(p => p.JoinedAtUtc)
                .Select(p => new
                {
                    p.ConversationId,
                    db.Conversations.Single(c => c.Id == p.ConversationId).StartedAtUtc,
                    p.JoinedAtUtc,
                    Participants = db.Participants.Where(o => o.ConversationId == p.ConversationId).Select(o => o.AccountId).ToList(),
                })
                .AsAsyncEnumerable(),
            (c, r) => r.Add("conversationId", c.ConversationId.ToString()).Add("startedAtUtc", c.StartedAtUtc)
                .Add("joinedAtUtc", c.JoinedAtUtc).Add("participantAccountIds", string.Join(", ", c.Participants.Order())),
            cancellationToken);

        // One pass over the messages in the person's conversations, in index order (conversation, time).
        await export.WriteCategoryAsync(Messages,
            (from p in memberships
             join m in db.Messages.AsNoTracking() on p.ConversationId equals m.ConversationId
             where m.SentAtUtc >= p.JoinedAtUtc
             orderby m.ConversationId, m.SentAtUtc
             select new { m.ConversationId, m.SenderAccountId, m.SentAtUtc, m.Body }).AsAsyncEnumerable(),
            (m, r) => r.Add("conversationId", m.ConversationId.ToString()).Add("senderAccountId", m.SenderAccountId)
                .Add("sentAtUtc", m.SentAtUtc).Add("text", m.Body),
            cancellationToken);
    }

    public Task<IReadOnlyList<CategoryCount>> RectifyAsync(string accountId, IReadOnlyList<FieldChange> changes, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CategoryCount>>([]);

    public async Task<StoreTaskOutcome> EraseAsync(EraseSubjectData command, CancellationToken cancellationToken)
    {
        var accountId = command.AccountId;
        var messages = await db.Messages.Where(m => m.SenderAccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        var memberships = await db.Participants.Where(p => p.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        // A conversation nobody is left in holds nothing anyone can see.
        await db.Conversations.Where(c => !c.Participants.Any()).ExecuteDeleteAsync(cancellationToken);

        return new StoreTaskOutcome(
            [new("messages", messages), new("conversation-memberships", memberships)],
            []);
    }
}
