using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class OrganisationEntityTypeConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.KvkNumber).HasMaxLength(8);
        builder.HasIndex(o => o.KvkNumber).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.Property(o => o.LegalForm).HasMaxLength(100);
        builder.Property(o => o.Street).HasMaxLength(200);
        builder.Property(o => o.HouseNumber).HasMaxLength(20);
        builder.Property(o => o.PostalCode).HasMaxLength(10);
        builder.Property(o => o.City).HasMaxLength(100);
        builder.Property(o => o.BankAccount).HasMaxLength(34);
    }
}

public sealed class MeansEntityTypeConfiguration : IEntityTypeConfiguration<Means>
{
    public void Configure(EntityTypeBuilder<Means> builder)
    {
        builder.Property(m => m.BranchNumber).HasMaxLength(12);
        builder.Property(m => m.Level).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.PendingLevel).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.HolderInitials).HasMaxLength(20);
        builder.Property(m => m.HolderSurname).HasMaxLength(200);
        builder.Property(m => m.HolderEmail).HasMaxLength(254);
        builder.Property(m => m.HolderMobile).HasMaxLength(30);
        builder.Property(m => m.UserAccountId).HasMaxLength(450);
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Application>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.OrganisationId, m.Status });
        builder.HasIndex(m => m.HolderEmail);
        builder.HasIndex(m => m.UserAccountId);
    }
}

public sealed class AuthorizationEntityTypeConfiguration : IEntityTypeConfiguration<Authorization>
{
    public void Configure(EntityTypeBuilder<Authorization> builder)
    {
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.GrantedBy).HasMaxLength(300);
        builder.Property(a => a.AllServicesUpTo).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.BranchNumber).HasMaxLength(12);
        builder.Property(a => a.EndedBy).HasMaxLength(300);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Means).WithMany().HasForeignKey(a => a.MeansId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Service).WithMany().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OrganisationId, a.Status });
        builder.HasIndex(a => new { a.MeansId, a.Status });
        builder.HasIndex(a => new { a.Status, a.ValidUntil });
    }
}
