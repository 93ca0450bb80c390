using Beheermodule.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class AuditEventEntityTypeConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.ApplicationReference).HasMaxLength(20);
        builder.Property(e => e.KvkNumber).HasMaxLength(8);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Details).HasMaxLength(2000);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => e.ApplicationId);
    }
}
