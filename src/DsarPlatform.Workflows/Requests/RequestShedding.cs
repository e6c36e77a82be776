using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// What a closed request no longer needs goes in the unit of work that closes it: the typed details, data points,
/// question and answer, correction values (fields and decisions stay; a denied correction that can be appealed keeps them
/// until the appeal is decided or its window ends, see <see cref="DsarRequest.CorrectionValuesKeptUntilUtc"/>), notes of manual verification and denial, the bodies and addresses of the
/// emails already sent (those still queued are shed once sent, see <see cref="Notifications.MailDispatcher"/>), the
/// stores' sealed answers, link tokens and one-time codes, and export files (after the commit). What stays is the
/// record the records period keeps: reference, type, channel, dates, outcome, denial code and ground, the email on
/// record. An access package outlives its closing until its link expires, as the reply promised, so its download
/// link and codes stay with it; status links stay until they expire (hashes only), so the reply's link still opens
/// the outcome. One journal entry says what went, in counts only.
/// </summary>
internal sealed class RequestShedding(DsarDbContext db, Packages.RequestExportFolders exportFiles)
{
    public const string Event = "DataShed";

    /// <summary>Sheds in the caller's unit of work; the caller deletes the export folder once it is committed.</summary>
    public async Task ShedAsync(DsarRequest request, WorkflowInstance instance, DateTime nowUtc, DateTime? keepCorrectionValuesUntilUtc,
        CancellationToken ct)
    {
        ShedDetails(request);
        if (keepCorrectionValuesUntilUtc is null) ShedCorrectionValues(request);
        request.CorrectionValuesKeptUntilUtc = keepCorrectionValuesUntilUtc;
        var emails = await ShedSentEmailsAsync(request.Id, ct);
        var tasks = await ShedStoreAnswersAsync(request.Id, ct);
        var livePackage = db.AccessPackages.Local.Any(p => p.RequestId == request.Id && p.DeletedAtUtc is null)
            || await db.AccessPackages.AnyAsync(p => p.RequestId == request.Id && p.DeletedAtUtc == null, ct);
        // Removed through the change tracker, not ExecuteDelete: only the closing's own commit may remove them.
        var tokens = await db.RequesterTokens
            .Where(t => t.RequestId == request.Id && t.Purpose != TokenPurpose.Status && (!livePackage || t.Purpose != TokenPurpose.Download))
            .ToListAsync(ct);
        db.RequesterTokens.RemoveRange(tokens);
        var codes = livePackage ? [] : await db.OneTimeCodes.Where(c => c.RequestId == request.Id).ToListAsync(ct);
        db.OneTimeCodes.RemoveRange(codes);
        db.Journal.Append(request.Id, instance.Id, instance.CurrentStep, Event, "system", "system", nowUtc,
            $"details, emails {emails}, store answers {tasks}, tokens {tokens.Count}, codes {codes.Count}, export files {exportFiles.CountOf(request.Id)}"
            + (keepCorrectionValuesUntilUtc is { } until ? $"; correction values kept for an appeal until {until:yyyy-MM-dd HH:mm} UTC" : ""));
    }

    void ShedDetails(DsarRequest request)
    {
        var entry = db.Entry(request);
        entry.Property(r => r.SubmittedEmail).CurrentValue = "";
        entry.Property(r => r.SubmittedName).CurrentValue = "";
        entry.Property(r => r.SubmittedAccountId).CurrentValue = null;
        entry.Property(r => r.DataPointsJson).CurrentValue = "{}";
        request.MatchedDataPoints = "";
        request.MismatchedDataPoints = "";
        request.ManualVerificationNote = null;
        request.RequesterQuestion = null;
        request.RequesterAnswer = null;
        // The denial note stays (sealed): it is the agent's ground for the decision, part of the record an auditor reads.
    }

    /// <summary>
    /// Each field and the decision on it stay (the records report reads how a correction was answered); the values go, at
    /// closing or, for a denial that can be appealed, when the appeal is decided or can no longer be made.
    /// </summary>
    public static void ShedCorrectionValues(DsarRequest request)
    {
        if (request.Corrections.Any(c => c.NewValue.Length > 0 || c.Why is not null))
            request.Corrections = request.Corrections.Select(c => c with { NewValue = "", Why = null }).ToList();
        request.CorrectionValuesKeptUntilUtc = null;
    }

    /// <summary>Sent (or refused) emails keep their template, subject and dates (the records report reads when the answer went out).</summary>
    async Task<int> ShedSentEmailsAsync(Guid requestId, CancellationToken ct)
    {
        var sent = await db.OutgoingEmails.Where(e => e.RequestId == requestId && (e.SentAtUtc != null || e.RefusedAtUtc != null) && e.TextBody != "").ToListAsync(ct);
        foreach (var email in sent) EmailShedding.Shed(db, email);
        return sent.Count;
    }

    /// <summary>The stores' answers lose their sealed values, candidate accounts and disclosures; counts and retained items stay for the record.</summary>
    async Task<int> ShedStoreAnswersAsync(Guid requestId, CancellationToken ct)
    {
        var tasks = await db.StoreTasks.Where(t => t.RequestId == requestId).ToListAsync(ct);
        var shed = 0;
        foreach (var task in tasks)
        {
            var entry = db.Entry(task);
            var outcome = task.Outcome;
            if (task.Payload is null && outcome is null or { SealedAccounts: null, SealedFields: null, SealedDisclosures: null, Files: null }) continue;
            entry.Property(t => t.Payload).CurrentValue = null;
            if (outcome is not null)
                entry.Property(t => t.OutcomeJson).CurrentValue = System.Text.Json.JsonSerializer.Serialize(outcome with { SealedAccounts = null, SealedFields = null, SealedDisclosures = null, Files = null });
            shed++;
        }
        return shed;
    }
}
