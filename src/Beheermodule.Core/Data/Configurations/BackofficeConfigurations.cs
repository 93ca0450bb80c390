using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class ApplicationCheckEntityTypeConfiguration : IEntityTypeConfiguration<ApplicationCheck>
{
    public void Configure(EntityTypeBuilder<ApplicationCheck> builder)
    {
        builder.Property(c => c.Item).HasMaxLength(50);
        builder.Property(c => c.CheckedBy).HasMaxLength(256);
        builder.Property(c => c.Place).HasMaxLength(200);
        builder.Property(c => c.DocumentType).HasMaxLength(50);
        builder.Property(c => c.DocumentLastFour).HasMaxLength(4);
        builder.HasOne<Application>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        // One tick per item: two staff ticking at once cannot both record it.
        builder.HasIndex(c => new { c.ApplicationId, c.Item }).IsUnique();
    }
}

public sealed class ApplicationDocumentEntityTypeConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Format).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.DisplayName).HasMaxLength(200);
        builder.Property(d => d.StoredName).HasMaxLength(40);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.UploadedBy).HasMaxLength(256);
        builder.HasOne<Application>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationPerson>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.ApplicationId);
    }
}

public sealed class ActivationLetterEntityTypeConfiguration : IEntityTypeConfiguration<ActivationLetter>
{
    public void Configure(EntityTypeBuilder<ActivationLetter> builder)
    {
        builder.Property(l => l.Priority).HasConversion<int>();
        builder.Property(l => l.RecipientName).HasMaxLength(250);
        builder.Property(l => l.Street).HasMaxLength(200);
        builder.Property(l => l.HouseNumber).HasMaxLength(20);
        builder.Property(l => l.PostalCode).HasMaxLength(10);
        builder.Property(l => l.City).HasMaxLength(100);
        builder.Property(l => l.Reason).HasMaxLength(200);
        builder.HasOne(l => l.Means).WithMany().HasForeignKey(l => l.MeansId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PrintBatch>().WithMany().HasForeignKey(l => l.PrintBatchId).OnDelete(DeleteBehavior.Restrict);
        // The print queue: unprinted letters in print order.
        builder.HasIndex(l => new { l.PrintedAt, l.Priority, l.PostalCode, l.Id });
        builder.HasIndex(l => l.PrintBatchId);
    }
}

public sealed class ActivationCodeEntityTypeConfiguration : IEntityTypeConfiguration<ActivationCode>
{
    public void Configure(EntityTypeBuilder<ActivationCode> builder)
    {
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.HasIndex(c => c.CodeHash).IsUnique();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Means>().WithMany().HasForeignKey(c => c.MeansId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ActivationLetter>().WithMany().HasForeignKey(c => c.ActivationLetterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.MeansId, c.Status });
    }
}

public sealed class PrintBatchEntityTypeConfiguration : IEntityTypeConfiguration<PrintBatch>
{
    public void Configure(EntityTypeBuilder<PrintBatch> builder)
    {
        builder.Property(b => b.RequestedBy).HasMaxLength(256);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.FileName).HasMaxLength(60);
        builder.Property(b => b.Error).HasMaxLength(2000);
    }
}
