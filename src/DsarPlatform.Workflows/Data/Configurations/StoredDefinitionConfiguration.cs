using DsarPlatform.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class StoredDefinitionConfiguration : IEntityTypeConfiguration<StoredDefinition>
{
    public void Configure(EntityTypeBuilder<StoredDefinition> builder)
    {
        builder.ToTable("WorkflowDefinitions");
        builder.HasKey(d => new { d.DefinitionId, d.Version });
        builder.Property(d => d.DefinitionId).HasMaxLength(64);
        builder.Property(d => d.ContentHash).HasMaxLength(64);
    }
}
