using Beheermodule.Core.ServiceLogin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class ServiceClientEntityTypeConfiguration : IEntityTypeConfiguration<ServiceClient>
{
    public void Configure(EntityTypeBuilder<ServiceClient> builder)
    {
        builder.Property(c => c.ClientId).HasMaxLength(100);
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.HasOne(c => c.Service).WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
