using System.Runtime.CompilerServices;
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

        await export.WriteCategoryAsync(Messages, MessagesSeenBy(accountId, cancellationToken),
            (m, r) => r.Add("conversationId", m.ConversationId).Add("senderAccountId", m.SenderAccountId)
                .Add("sentAtUtc", m.SentAtUtc).Add("text", m.Body),
            cancellationToken);
    }

    sealed record MessageRow(string ConversationId, string SenderAccountId, DateTime SentAtUtc, string Body);

    /// <summary>
    /// Conversation by conversation, each a range scan of the (conversation, time) index: no sort of
    /// millions of rows, and the conversation id is formatted once per conversation, not per message.
    /// </summary>
    async IAsyncEnumerable<MessageRow> MessagesSeenBy(string accountId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var memberships = await db.Participants.AsNoTracking()
            .Where(p => p.AccountId == accountId)
            .OrderBy(p => p.JoinedAtUtc)
            .Select(p => new { p.ConversationId, p.JoinedAtUtc })
            .ToListAsync(cancellationToken);
        foreach (var membership in memberships)
        {
            var conversationId = membership.ConversationId.ToString();
            var messages = db.Messages.AsNoTracking()
                .Where(m => m.ConversationId == membership.ConversationId && m.SentAtUtc >= membership.JoinedAtUtc)
                .OrderBy(m => m.SentAtUtc)
                .Select(m => new { m.SenderAccountId, m.SentAtUtc, m.Body })
                .AsAsyncEnumerable();
            await foreach (var m in messages.WithCancellation(cancellationToken))
                yield return new MessageRow(conversationId, m.SenderAccountId, m.SentAtUtc, m.Body);
        }
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
