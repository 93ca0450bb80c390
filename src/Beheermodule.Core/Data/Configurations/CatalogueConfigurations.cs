using Beheermodule.Core.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class ServiceProviderEntityTypeConfiguration : IEntityTypeConfiguration<ServiceProvider>
{
    public void Configure(EntityTypeBuilder<ServiceProvider> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.HasIndex(p => p.Name).IsUnique();
    }
}

public sealed class ServiceEntityTypeConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.Property(s => s.SearchText).HasMaxLength(600);
        builder.Property(s => s.RequiredLevel).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(s => s.ServiceUuid).IsUnique();
        builder.HasOne(s => s.ServiceProvider).WithMany(p => p.Services).HasForeignKey(s => s.ServiceProviderId);
        builder.Ignore(s => s.DisplayName);
    }
}
