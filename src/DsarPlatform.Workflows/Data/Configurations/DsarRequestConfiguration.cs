using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Data.AtRest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class DsarRequestConfiguration : IEntityTypeConfiguration<DsarRequest>
{
    public void Configure(EntityTypeBuilder<DsarRequest> builder)
    {
        builder.ToTable("Requests");
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.HasIndex(r => new { r.AccountId, r.Type });
        // One open request per account and type: two first steps matching the same account at once cannot both
        // leave it open; the later commit fails, runs again, and joins the other (DuplicateRequests).
        builder.HasIndex(r => new { r.AccountId, r.Type }, "IX_Requests_OpenPerAccountAndType").IsUnique().HasFilter("\"ClosedAtUtc\" IS NULL");
        builder.Property(r => r.Reference).HasMaxLength(16);
        builder.Property(r => r.Channel).HasMaxLength(16);
        builder.Property(r => r.AccountId).HasMaxLength(64);
        builder.Property(r => r.RecordEmail).IsPersonal(blindIndex: true);
        builder.Property(r => r.SubmittedAccountId).HasMaxLength(64);
        builder.Property(r => r.SubmittedEmail).IsPersonal(blindIndex: true);
        builder.Property(r => r.SubmittedName).IsPersonal();
        builder.Property(r => r.DataPointsJson).IsPersonal();
        builder.Property(r => r.CorrectionsJson).IsPersonal();
        builder.Property(r => r.ExtensionReason).IsPersonal();
        builder.Property(r => r.DenialReason).IsPersonal();
        builder.Property(r => r.DenialCode).HasMaxLength(64);
        builder.Property(r => r.DenialGround).HasMaxLength(500);
        builder.Property(r => r.DenialNote).IsPersonal();
        builder.Property(r => r.RequesterAnswer).IsPersonal();
        builder.Property(r => r.RequesterQuestion).IsPersonal();
        builder.HasIndex(r => r.DuplicateOfRequestId);
        // One appeal per request: a second filing at the same moment fails its commit and finds the first.
        builder.HasIndex(r => r.AppealOfRequestId).IsUnique();
        builder.Property(r => r.AppealReason).IsPersonal();
        builder.Property(r => r.AppealDecisionReason).IsPersonal();
        builder.Property(r => r.MatchedDataPoints).HasMaxLength(500);
        builder.Property(r => r.ManualVerificationNote).IsPersonal();
        builder.Property(r => r.MismatchedDataPoints).HasMaxLength(500);
        builder.Ignore(r => r.Corrections);
        // Requests received before regimes existed followed the company's promise.
        builder.Property(r => r.RegimeId).HasMaxLength(32).HasDefaultValue(DsarRequest.DefaultRegimeId);
        builder.Property(r => r.RegimeReason).HasMaxLength(300).HasDefaultValue("");

        // The queue (RequestQueue): keyset pages by (due, id) over open rows, alone or after a type or assignee filter,
        // and by (closed, id) over closed rows. Partial, so each index holds only the rows its list reads.
        builder.Property(r => r.AssigneeId).HasMaxLength(450);
        const string open = "\"ClosedAtUtc\" IS NULL";
        builder.HasIndex(r => new { r.DueAtUtc, r.Id }, "IX_Requests_OpenByDue").HasFilter(open);
        builder.HasIndex(r => new { r.Type, r.DueAtUtc, r.Id }, "IX_Requests_OpenByTypeAndDue").HasFilter(open);
        builder.HasIndex(r => new { r.AssigneeId, r.DueAtUtc, r.Id }, "IX_Requests_OpenByAssigneeAndDue").HasFilter(open);
        builder.HasIndex(r => new { r.ClosedAtUtc, r.Id }, "IX_Requests_ClosedByTime").HasFilter("\"ClosedAtUtc\" IS NOT NULL");
    }
}
