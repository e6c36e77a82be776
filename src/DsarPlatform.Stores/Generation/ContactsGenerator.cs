namespace DsarPlatform.Stores.Generation;

/// <summary>A contact list per account with 5–30 other accounts, under the name the owner gave them.</summary>
internal static class ContactsGenerator
{
    public static void Write(BulkWriter writer, GenerationPlan plan, IReadOnlyList<GeneratedPerson> people)
    {
        var random = new Random(plan.Seed + 2);
        var lists = writer.Table("ContactLists", "OwnerAccountId", "CreatedAtUtc");
        var entries = writer.Table("ContactEntries", "Id", "OwnerAccountId", "ContactAccountId", "DisplayName", "AddedAtUtc");
        foreach (var owner in people)
        {
            var created = plan.NowUtc.AddDays(-random.Next(30, 1500));
            writer.Insert(lists, owner.AccountId, created);
            var wanted = Math.Min(people.Count - 1, random.Next(5, 31));
            var chosen = new HashSet<int>();
            while (chosen.Count < wanted)
            {
                var other = random.Next(people.Count);
                if (people[other] == owner || !chosen.Add(other)) continue;
                var contact = people[other];
                // Some owners save a nickname, most the person's first name.
                var name = random.Next(4) == 0 ? $"{contact.FirstName} {contact.LastName[0]}." : contact.FirstName;
                writer.Insert(entries, BulkWriter.Text(random.NextGuid()), owner.AccountId, contact.AccountId, name, created.AddDays(random.Next(30)));
            }
        }
    }
}
