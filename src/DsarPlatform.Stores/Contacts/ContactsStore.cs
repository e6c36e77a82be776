using DsarPlatform.Contracts;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.Contacts;

/// <summary>
/// The contacts store: the person's own list, and their entries in other people's lists. Nothing
/// here is kept by law. An export shows other people only as the person already sees them (the
/// name they gave them and their account id); the person's entries in others' lists appear without
/// saying whose lists they are in.
/// </summary>
public sealed class ContactsStore(ContactsDbContext db) : ISubjectDataStore
{
    const string OwnUse = "contract: part of the service you use";

    static readonly CategoryDescription ContactList = new("contact-list",
        "The people in your contact list: the name you gave each one and their account id.",
        "To let you find and call the people you know.", OwnUse, [],
        "Until you remove a contact, close your account or ask us to erase it.", "You, when you added each contact.");

    static readonly CategoryDescription EntriesInOthersLists = new("entries-in-others-lists",
        "How you appear in other people's contact lists: the name they see for you. Whose lists these are is their data, so it is not shown.",
        "To let people who know you find and call you.", OwnUse, [],
        "Until they remove you or you ask us to erase it.", "Other users, when they added you.");

    public string Name => StoreNames.Contacts;
    public StoreDbContext Db => db;

    public async Task ExportAsync(string accountId, ExportWriter export, CancellationToken cancellationToken)
    {
        await export.WriteCategoryAsync(ContactList,
            db.ContactEntries.AsNoTracking().Where(e => e.OwnerAccountId == accountId).OrderBy(e => e.AddedAtUtc)
                .Select(e => new { e.DisplayName, e.ContactAccountId, e.AddedAtUtc }).AsAsyncEnumerable(),
            (e, r) => r.Add("displayName", e.DisplayName).Add("contactAccountId", e.ContactAccountId).Add("addedAtUtc", e.AddedAtUtc),
            cancellationToken);

        await export.WriteCategoryAsync(EntriesInOthersLists,
            db.ContactEntries.AsNoTracking().Where(e => e.ContactAccountId == accountId).OrderBy(e => e.AddedAtUtc)
                .Select(e => new { e.DisplayName, e.AddedAtUtc }).AsAsyncEnumerable(),
            (e, r) => r.Add("displayNameShown", e.DisplayName).Add("addedAtUtc", e.AddedAtUtc),
            cancellationToken);
    }

    /// <summary>A corrected display name replaces the name others' lists show for the person.</summary>
    public async Task<IReadOnlyList<CategoryCount>> RectifyAsync(string accountId, IReadOnlyList<FieldChange> changes, CancellationToken cancellationToken)
    {
        var change = changes.LastOrDefault(c => c.Field == SubjectFields.DisplayName);
        if (change is null) return [];
        var displayName = FieldValues.Text(change, 200);
        var updated = await db.ContactEntries.Where(e => e.ContactAccountId == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.DisplayName, displayName), cancellationToken);
        return [new CategoryCount(FieldValues.CountCategory(SubjectFields.DisplayName), updated)];
    }

    /// <summary>The display name is what others called the person in their lists: every distinct one, in order.</summary>
    public async Task<IReadOnlyList<FieldValue>> ReadFieldsAsync(string accountId, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        if (!fields.Contains(SubjectFields.DisplayName)) return [];
        var names = await db.ContactEntries.AsNoTracking().Where(e => e.ContactAccountId == accountId)
            .Select(e => e.DisplayName).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
        return [new FieldValue(SubjectFields.DisplayName, names.Count == 0 ? null : string.Join("; ", names))];
    }

    public async Task<StoreTaskOutcome> EraseAsync(EraseSubjectData command, CancellationToken cancellationToken)
    {
        var accountId = command.AccountId;
        // Counted as entries: the list itself holds nothing but them.
        var ownEntries = await db.ContactEntries.Where(e => e.OwnerAccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        await db.ContactLists.Where(l => l.OwnerAccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        var inOthers = await db.ContactEntries.Where(e => e.ContactAccountId == accountId).ExecuteDeleteAsync(cancellationToken);

        return new StoreTaskOutcome(
            [new("contact-list", ownEntries), new("entries-in-others-lists", inOthers)],
            []);
    }
}
