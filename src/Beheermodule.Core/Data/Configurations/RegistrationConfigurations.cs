using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class ApplicationEntityTypeConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.Property(a => a.Reference).HasMaxLength(20);
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.Property(a => a.Level).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Rush).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.KvkNumber).HasMaxLength(8).IsFixedLength(false);
        builder.Property(a => a.BranchNumber).HasMaxLength(12);
        builder.Property(a => a.OrganisationName).HasMaxLength(300);
        builder.Property(a => a.LegalForm).HasMaxLength(100);
        builder.Property(a => a.Street).HasMaxLength(200);
        builder.Property(a => a.HouseNumber).HasMaxLength(20);
        builder.Property(a => a.PostalCode).HasMaxLength(10);
        builder.Property(a => a.City).HasMaxLength(100);
        builder.Property(a => a.StatusTokenHash).HasMaxLength(64);
        builder.HasIndex(a => a.StatusTokenHash).IsUnique();
        builder.Property(a => a.StatusTokenProtected).HasMaxLength(500);
        builder.Property(a => a.ConfirmationTokenHash).HasMaxLength(64);
        builder.HasIndex(a => a.ConfirmationTokenHash).IsUnique();
        builder.Property(a => a.Version).IsConcurrencyToken();
        // The backoffice queue reads one state at a time: rush on top, then oldest first, paged by key. IsRush is
        // descending as the queue sorts it, so a page is read straight from the index and stops after one page.
        // Level comes last only for the level filter: rows of other levels are passed over in the index, unread.
        builder.HasIndex(a => new { a.Status, a.IsRush, a.SubmittedAt, a.Id, a.Level }).IsDescending(false, true, false, false, false);
        builder.HasIndex(a => a.OrganisationName);
        builder.HasIndex(a => a.KvkNumber);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.ReplacesOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsOne(a => a.Fees, fees =>
        {
            fees.Property(f => f.FeePerMeansPerYear).HasPrecision(12, 2);
            fees.Property(f => f.MeansTotal).HasPrecision(12, 2);
            fees.Property(f => f.RushFee).HasPrecision(12, 2);
            fees.Property(f => f.CourierFee).HasPrecision(12, 2);
            fees.Property(f => f.TotalExcludingVat).HasPrecision(12, 2);
            fees.Property(f => f.VatRate).HasPrecision(5, 4);
            fees.Property(f => f.Vat).HasPrecision(12, 2);
            fees.Property(f => f.TotalIncludingVat).HasPrecision(12, 2);
        });
        builder.Navigation(a => a.Fees).IsRequired();
        builder.HasMany(a => a.Persons).WithOne().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.StatusChanges).WithOne().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.AddressLine);
    }
}

public sealed class ApplicationPersonEntityTypeConfiguration : IEntityTypeConfiguration<ApplicationPerson>
{
    public void Configure(EntityTypeBuilder<ApplicationPerson> builder)
    {
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Initials).HasMaxLength(20);
        builder.Property(p => p.Surname).HasMaxLength(200);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.Property(p => p.Phone).HasMaxLength(30);
        builder.HasIndex(p => p.Email);
        builder.HasMany(p => p.RequestedServices).WithOne().HasForeignKey(r => r.ApplicationPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Means>().WithMany().HasForeignKey(p => p.UpgradesMeansId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Means>().WithMany().HasForeignKey(p => p.KeepsMeansId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.FullName);
    }
}

public sealed class RequestedServiceEntityTypeConfiguration : IEntityTypeConfiguration<RequestedService>
{
    public void Configure(EntityTypeBuilder<RequestedService> builder)
    {
        builder.HasKey(r => new { r.ApplicationPersonId, r.ServiceId });
        builder.HasOne(r => r.Service).WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ApplicationStatusChangeEntityTypeConfiguration : IEntityTypeConfiguration<ApplicationStatusChange>
{
    public void Configure(EntityTypeBuilder<ApplicationStatusChange> builder)
    {
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Note).HasMaxLength(2000);
    }
}

public sealed class ApplicationDraftEntityTypeConfiguration : IEntityTypeConfiguration<ApplicationDraft>
{
    public void Configure(EntityTypeBuilder<ApplicationDraft> builder)
    {
        builder.Property(d => d.TokenHash).HasMaxLength(64);
        builder.HasIndex(d => d.TokenHash).IsUnique();
        builder.HasIndex(d => d.ExpiresAt);
    }
}
