using Beheermodule.Core.Throttling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class FailedAttemptEntityTypeConfiguration : IEntityTypeConfiguration<FailedAttempt>
{
    public void Configure(EntityTypeBuilder<FailedAttempt> builder)
    {
        builder.Property(a => a.SourceHash).HasMaxLength(64);
        builder.HasIndex(a => new { a.SourceHash, a.AttemptedAt });
        builder.HasIndex(a => a.AttemptedAt);
    }
}
