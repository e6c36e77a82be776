using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Verification;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>
/// Turns a store task into its bus message and puts it in the outbox, for the first delivery and every
/// retry alike. Correction values are sealed: the broker and error queues never hold them in clear; a field read
/// names the fields only, and its answer comes back sealed.
/// </summary>
public sealed class StoreTaskDispatcher(PayloadSeal seal)
{
    public void Dispatch(DsarDbContext db, StoreTask task, DsarRequest request, DateTime nowUtc)
    {
        object message = task.Action == StoreActions.Identify
            ? new IdentifyAccount(task.Id, request.Id, request.SubmittedAccountId ?? "", seal.Seal(JsonSerializer.Serialize(AccountQueryFor(task, request))))
            : ForMatchedAccount(task, request);
        db.Outbox.Add(new OutboxMessage
        {
            MessageType = message.GetType().FullName!, Destination = task.Store,
            Body = JsonSerializer.Serialize(message, message.GetType()), CreatedAtUtc = nowUtc,
            TraceParent = WorkflowTelemetry.CurrentTraceParent(),
        });
    }

    object ForMatchedAccount(StoreTask task, DsarRequest request)
    {
        var accountId = request.AccountId
            ?? throw new InvalidOperationException("A request without a matched account cannot reach the stores.");
        return task.Action switch
        {
            StoreActions.Erase => new EraseSubjectData(task.Id, request.Id, accountId),
            StoreActions.Export => new ExportSubjectData(task.Id, request.Id, accountId),
            StoreActions.CheckListing => new CheckDirectoryListing(task.Id, request.Id, accountId),
            StoreActions.Rectify => new RectifySubjectData(task.Id, request.Id, accountId, seal.Seal(JsonSerializer.Serialize(AcceptedChanges(request)))),
            StoreActions.ReadFields => new ReadSubjectFields(task.Id, request.Id, accountId, CorrectedFields(request)),
            StoreActions.ListDisclosures => new ListDisclosures(task.Id, request.Id, accountId, CoveredYear(task)),
            _ => throw new InvalidOperationException($"Unknown store action '{task.Action}'."),
        };
    }

    /// <summary>
    /// The directory is asked with what was typed (the name as the words matching compares); billing with the
    /// candidate accounts the directory found, kept on the task (<see cref="StoreTask.Payload"/>).
    /// </summary>
    static AccountQuery AccountQueryFor(StoreTask task, DsarRequest request) =>
        task.Payload is { } candidates
            ? new AccountQuery(null, null, AccountIds: JsonSerializer.Deserialize<List<string>>(candidates))
            : new AccountQuery(request.SubmittedAccountId, request.SubmittedEmail, HolderIdentification.NameKey(request.SubmittedName).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The calendar year a disclosures listing covers, fixed on the task when it was first sent (<see cref="StoreTask.Payload"/>).</summary>
    static int CoveredYear(StoreTask task) =>
        int.TryParse(task.Payload, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? year : throw new InvalidOperationException($"Disclosures task {task.Id} names no year.");

    /// <summary>The fields a correction asks to change, each once, in the order asked: names only, no values.</summary>
    public static IReadOnlyList<string> CorrectedFields(DsarRequest request) =>
        request.Corrections.Select(c => c.Field).Distinct(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<FieldChange> AcceptedChanges(DsarRequest request) =>
        request.Corrections.Where(c => c.Accepted == true).Select(c => new FieldChange(c.Field, c.NewValue)).ToList();
}
