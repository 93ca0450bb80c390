using Beheermodule.Core.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class JobLeaseEntityTypeConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.HasKey(l => l.JobName);
        builder.Property(l => l.JobName).HasMaxLength(100);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}
