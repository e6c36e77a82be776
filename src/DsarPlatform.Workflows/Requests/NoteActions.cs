using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Requests;

/// <summary>Agents keep internal notes on a request. The journal records that a note was added, never its text.</summary>
public sealed class NoteActions(DsarDbContext db, WorkflowEngine engine, DefinitionCatalog catalog, TimeProvider clock)
{
    public Task<StaffActionResult> AddAsync(string reference, string? text, StaffActor actor, CancellationToken cancellationToken,
        Guid? expectedVersion = null) =>
        engine.CommitAsync(async ct =>
        {
            if (string.IsNullOrWhiteSpace(text) || text.Length > RequestNote.MaxTextLength)
                return StaffActionResult.Invalid("text", "Write the note (at most 2,000 characters).");
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            if (found.ChangedSince(expectedVersion)) return StaffActionResult.Changed;
            var now = clock.GetUtcNow().UtcDateTime;
            db.RequestNotes.Add(new RequestNote
            {
                RequestId = found.Request.Id, AtUtc = now, AuthorUserId = actor.UserId, AuthorRole = actor.Role, Text = text.Trim(),
            });
            found.Journal(db, "NoteAdded", null, actor.UserId, actor.Role, now);
            return StaffActionResult.Done;
        }, cancellationToken);
}
