using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class AgentNoticeConfiguration : IEntityTypeConfiguration<AgentNotice>
{
    public void Configure(EntityTypeBuilder<AgentNotice> builder)
    {
        builder.ToTable("AgentNotices");
        builder.HasOne<DsarRequest>().WithMany().HasForeignKey(n => n.RequestId);
        builder.Property(n => n.Key).HasMaxLength(64);
        builder.HasIndex(n => new { n.RequestId, n.Key }).IsUnique();
    }
}
