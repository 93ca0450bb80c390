using Beheermodule.Core.Mutations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class MutationEntityTypeConfiguration : IEntityTypeConfiguration<Mutation>
{
    public void Configure(EntityTypeBuilder<Mutation> builder)
    {
        builder.Property(m => m.Reference).HasMaxLength(20);
        builder.HasIndex(m => m.Reference).IsUnique();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.KvkNumber).HasMaxLength(8);
        builder.Property(m => m.HolderEmail).HasMaxLength(254);
        builder.Property(m => m.NewKvkNumber).HasMaxLength(8);
        builder.Property(m => m.Iban).HasMaxLength(34);
        builder.Property(m => m.NewInitials).HasMaxLength(20);
        builder.Property(m => m.NewSurname).HasMaxLength(200);
        builder.Property(m => m.NewHolderEmail).HasMaxLength(254);
        builder.Property(m => m.AuthorizationAction).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<Catalogue.Service>().WithMany().HasForeignKey(m => m.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Remark).HasMaxLength(1000);
        builder.Property(m => m.Fee).HasPrecision(12, 2);
        builder.Property(m => m.ReceivedFrom).HasMaxLength(300);
        builder.Property(m => m.HandledBy).HasMaxLength(256);
        builder.Property(m => m.Outcome).HasMaxLength(1000);
        builder.Property(m => m.RejectionReason).HasMaxLength(1000);
        builder.Property(m => m.FormTokenHash).HasMaxLength(64);
        builder.HasIndex(m => m.FormTokenHash).IsUnique();
        builder.Property(m => m.SignedFormStoredName).HasMaxLength(40);
        builder.Property(m => m.SignedFormName).HasMaxLength(200);
        builder.Property(m => m.SignedFormFormat).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.SignedBy).HasMaxLength(250);
        builder.Property(m => m.SignerInRegister).HasMaxLength(250);
        builder.Property(m => m.SignedFormReceivedBy).HasMaxLength(256);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne(m => m.Means).WithMany().HasForeignKey(m => m.MeansId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // The staff list reads one state at a time, oldest first, paged by key.
        builder.HasIndex(m => new { m.Status, m.ReceivedAt, m.Id });
        builder.HasIndex(m => m.KvkNumber);
    }
}
