using DsarPlatform.Stores.ImHistory;

namespace DsarPlatform.Stores.DemoData;

/// <summary>Chats between the demo customers, all within the 30 days IM history is kept.</summary>
internal static class ImHistorySeed
{
    static readonly DemoCustomer A = DemoCustomers.Alice, B = DemoCustomers.Bob, C = DemoCustomers.Chloe;

    public static void Add(ImHistoryDbContext db, DateTime now)
    {
        AddConversation(db, now.AddDays(-26), [A, B],
            (A, "Hi Bob! Are we still on for the review on Thursday?"),
            (B, "Yes, 10am works. I'll bring the draft."),
            (A, "Great, see you then."),
            (B, "Running five minutes late, sorry."));
        AddConversation(db, now.AddDays(-18), [B, C],
            (C, "Bonjour Bob, tu as reçu mon fichier ?"),
            (B, "Got it, thanks Chloé. Looks good."),
            (C, "Parfait, merci !"));
        AddConversation(db, now.AddDays(-9), [A, C],
            (A, "Chloé, could you call me when you land?"),
            (C, "Bien sûr, vers 18h."),
            (A, "Perfect."));
        AddConversation(db, now.AddDays(-3), [A, B, C],
            (B, "Dinner next week? Tuesday or Wednesday?"),
            (A, "Wednesday for me."),
            (C, "Mercredi, c'est bon !"),
            (B, "Wednesday it is. I'll book the table."));
    }

    static void AddConversation(ImHistoryDbContext db, DateTime startedAt, DemoCustomer[] members, params (DemoCustomer From, string Body)[] lines)
    {
        var conversation = new Conversation { Id = Guid.NewGuid(), StartedAtUtc = startedAt };
        foreach (var member in members)
            conversation.Participants.Add(new ConversationParticipant { AccountId = member.AccountId, JoinedAtUtc = startedAt });
        for (var i = 0; i < lines.Length; i++)
            conversation.Messages.Add(new ChatMessage
            {
                Id = Guid.NewGuid(),
                SenderAccountId = lines[i].From.AccountId,
                SentAtUtc = startedAt.AddMinutes(3 + 11 * i),
                Body = lines[i].Body,
            });
        db.Conversations.Add(conversation);
    }
}
