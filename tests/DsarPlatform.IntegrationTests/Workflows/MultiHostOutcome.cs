using MimeKit;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// The multi-host run's effects, counted in the shared workflow database and the SMTP sink once every request
/// completed: each request completed once, each timer fired once, nothing left behind, each email arrived once.
/// </summary>
public static class MultiHostOutcome
{
    public static async Task AssertOnceEachAsync(MultiHostLedger ledger, IReadOnlyList<MimeMessage> received, Dictionary<string, string> submitted,
        List<string> deletions, DateTime advancedTo, int webHostsKilled, Action<string> progress)
    {
        var completed = await ledger.JournalCountsAsync("Completed");
        var propagation = await ledger.StepTimersAsync("directory-propagation");
        var waitsEnded = await ledger.JournalCountsAsync("StepCompleted", "directory-propagation");
        var removals = await ledger.JournalCountsAsync("DirectoryRemovalConfirmed");
        var deletionsCompletedAt = await ledger.EarliestJournalAsync("Completed", deletions);
        // SMTP has no exactly-once: a host killed after the server accepted an email and before its commit leaves that
        // row unsent, and it goes again with the same Message-Id (a recipient's mail system drops the copy). Emails are
        // claimed and committed one at a time, so that is at most one copy per killed web host; without a kill, none.
        var resent = received.GroupBy(m => m.MessageId).Where(g => g.Count() > 1).ToList();
        var copiesNotIdentical = resent.Where(g => g.Select(m => m.TextBody).Distinct().Count() > 1).Select(g => g.First().Subject).ToList();
        var copies = resent.Sum(g => g.Count() - 1);
        var mail = received.DistinctBy(m => m.MessageId).ToList();
        progress($"{received.Count} emails received, {copies} of them resent copies (same Message-Id)");
        var unfiredDueTimers = await ledger.CountAsync("SELECT count(*) FROM \"WorkflowTimers\" WHERE \"FiredAtUtc\" IS NULL AND \"DueAtUtc\" <= now() AT TIME ZONE 'UTC'");
        var incidents = await ledger.CountAsync("SELECT count(*) FROM \"Incidents\"");
        var outboxLeft = await ledger.CountAsync("SELECT count(*) FROM \"Outbox\" WHERE \"SentAtUtc\" IS NULL");
        var emailsLeft = await ledger.CountAsync("SELECT count(*) FROM \"OutgoingEmails\" WHERE \"SentAtUtc\" IS NULL");
        var emailsCommitted = await ledger.CountAsync("SELECT count(*) FROM \"OutgoingEmails\"");
        var wrongMail = submitted.Select(s => (Request: s, Kinds: EmailKinds(s.Value, mail.Where(m => MultiHostLoad.Subject(m).Contains(s.Key)))))
            .Where(x => x.Kinds != "verification 1, receipt 1, reply 1, other 0").Select(x => $"{x.Request.Value} {x.Request.Key}: {x.Kinds}").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(submitted.Keys.Where(r => completed.GetValueOrDefault(r) != 1), Is.Empty, "requests without exactly one Completed entry");
            Assert.That(completed.Keys.Except(submitted.Keys), Is.Empty, "requests nobody submitted");
            Assert.That(deletions.Where(r => propagation.GetValueOrDefault(r) != (1, 1)), Is.Empty, "deletions without one fired directory timer");
            Assert.That(deletions.Where(r => waitsEnded.GetValueOrDefault(r) != 1 || removals.GetValueOrDefault(r) != 1), Is.Empty, "directory waits not ended once");
            Assert.That(deletionsCompletedAt, Is.GreaterThanOrEqualTo(advancedTo.AddMinutes(-5)), "a host completed a deletion on an unadvanced clock");
            Assert.That(unfiredDueTimers, Is.Zero, "due timers not fired");
            Assert.That(incidents, Is.Zero, "incidents");
            Assert.That(outboxLeft, Is.Zero, "bus messages left in the outbox");
            Assert.That(emailsLeft, Is.Zero, "emails left unsent");
            Assert.That(copiesNotIdentical, Is.Empty, "a copy that is not the same message");
            Assert.That(resent.Where(g => g.Count() > 2).Select(g => g.First().Subject), Is.Empty, "an email sent more than twice");
            Assert.That(copies, Is.LessThanOrEqualTo(webHostsKilled), "copies beyond the one email in flight per killed web host");
            Assert.That(mail.Count, Is.EqualTo(emailsCommitted), "distinct emails in the sink against emails committed");
            Assert.That(wrongMail, Is.Empty, "requests without one verification, one receipt and one reply");
        });
    }

    static string EmailKinds(string type, IEnumerable<MimeMessage> messages)
    {
        var subjects = messages.Select(MultiHostLoad.Subject).ToList();
        var verification = subjects.Count(s => s.StartsWith("Please confirm your request", StringComparison.Ordinal));
        var receipt = subjects.Count(s => s.StartsWith("We are working on your request", StringComparison.Ordinal));
        var reply = subjects.Count(s => s.StartsWith(type == "access" ? "Your data is ready to download" : $"Your {type} request", StringComparison.Ordinal));
        return $"verification {verification}, receipt {receipt}, reply {reply}, other {subjects.Count - verification - receipt - reply}";
    }
}
