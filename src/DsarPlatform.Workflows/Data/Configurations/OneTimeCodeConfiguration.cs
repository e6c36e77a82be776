using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class OneTimeCodeConfiguration : IEntityTypeConfiguration<OneTimeCode>
{
    public void Configure(EntityTypeBuilder<OneTimeCode> builder)
    {
        builder.ToTable("OneTimeCodes");
        builder.HasOne<DsarRequest>().WithMany().HasForeignKey(c => c.RequestId);
        builder.HasIndex(c => c.RequestId);
        builder.Property(c => c.Salt).HasMaxLength(16);
        builder.Property(c => c.CodeHash).HasMaxLength(32);
        // Two guesses racing on the same row must not both get a try: the loser's save fails.
        builder.Property(c => c.FailedAttempts).IsConcurrencyToken();
        builder.Property(c => c.UsedAtUtc).IsConcurrencyToken();
    }
}
