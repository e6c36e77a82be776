namespace DsarPlatform.Stores.Generation;

/// <summary>
/// Chats, all within the last 29 days so the 30-day purge keeps them: each ordinary account starts 1–3
/// chats with one or two others (5–60 messages each); the heavy user has 200 one-to-one chats holding
/// its messages, half written by it and half received.
/// </summary>
internal static class ImHistoryGenerator
{
    const int HeavyUserConversations = 200;
    static readonly TimeSpan Window = TimeSpan.FromDays(29);

    static readonly string[] Phrases =
    [
        "Are we still on for tomorrow?", "Running a few minutes late, sorry.", "Sounds good to me!", "Can you send me the file?",
        "Call me when you land.", "Happy birthday! 🎉", "Let's move it to Thursday.", "Thanks, that helps a lot.",
        "I'll book the table for eight.", "Did you see the game last night?", "On my way.", "Can we talk later today?",
    ];

    sealed record Chat(Guid Id, string[] Members);

    public static void Write(BulkWriter writer, GenerationPlan plan, IReadOnlyList<GeneratedPerson> people)
    {
        var random = new Random(plan.Seed + 4);
        var conversations = writer.Table("Conversations", "Id", "StartedAtUtc");
        var participants = writer.Table("ConversationParticipants", "ConversationId", "AccountId", "JoinedAtUtc");
        var messages = writer.Table("Messages", "Id", "ConversationId", "SenderAccountId", "SentAtUtc", "Body");
        var sequence = 0;
        var windowStart = plan.NowUtc - Window;

        Chat StartChat(string[] members, DateTime startedAt)
        {
            var chat = new Chat(random.NextGuid(), members);
            writer.Insert(conversations, BulkWriter.Text(chat.Id), startedAt);
            foreach (var member in members) writer.Insert(participants, BulkWriter.Text(chat.Id), member, startedAt);
            return chat;
        }

        void Send(Chat chat, string sender, DateTime sentAt) =>
            writer.Insert(messages, BulkWriter.Text(random.NextSequentialGuid(sequence++)), BulkWriter.Text(chat.Id), sender, sentAt,
                Phrases[random.Next(Phrases.Length)]);

        // Ordinary accounts chat among themselves, so the heavy user's count stays exactly as planned.
        for (var index = 1; index < people.Count && people.Count > 2; index++)
            for (var chats = random.Next(1, 4); chats > 0; chats--)
            {
                var members = new HashSet<string> { people[index].AccountId };
                var wanted = 1 + random.Next(1, 3);
                while (members.Count < Math.Min(wanted, people.Count - 1)) members.Add(people[random.Next(1, people.Count)].AccountId);
                var startedAt = windowStart.AddSeconds(random.Next((int)Window.TotalSeconds / 2));
                var chat = StartChat(members.ToArray(), startedAt);
                for (var count = random.Next(5, 61); count > 0; count--)
                    Send(chat, chat.Members[random.Next(chat.Members.Length)], startedAt.AddSeconds(random.Next((int)(plan.NowUtc - startedAt).TotalSeconds)));
            }

        WriteHeavyUser(plan, people, random, windowStart, StartChat, Send);
    }

    static void WriteHeavyUser(GenerationPlan plan, IReadOnlyList<GeneratedPerson> people, Random random, DateTime windowStart,
        Func<string[], DateTime, Chat> startChat, Action<Chat, string, DateTime> send)
    {
        if (plan.HeavyUserMessages <= 0) return;
        var heavy = people[0].AccountId;
        var chats = Enumerable.Range(0, Math.Clamp(people.Count - 1, 1, HeavyUserConversations))
            .Select(i => startChat(people.Count > 1 ? [heavy, people[1 + i].AccountId] : [heavy], windowStart))
            .ToList();
        // Spread evenly over the window, in time order: inserts append to the time indexes.
        var step = (plan.NowUtc - windowStart - TimeSpan.FromMinutes(1)).Ticks / plan.HeavyUserMessages;
        for (var i = 0; i < plan.HeavyUserMessages; i++)
        {
            var chat = chats[i % chats.Count];
            var sender = i % 2 == 0 || chat.Members.Length == 1 ? heavy : chat.Members[1];
            send(chat, sender, windowStart.AddTicks(step * i + random.Next((int)Math.Min(step, int.MaxValue))));
        }
    }
}
