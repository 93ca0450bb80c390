using Beheermodule.Core.Accounts;
using Beheermodule.Core.Otp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class OtpResponderEntityTypeConfiguration : IEntityTypeConfiguration<OtpResponder>
{
    public void Configure(EntityTypeBuilder<OtpResponder> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Label).HasMaxLength(100);
        builder.Property(r => r.ProtectedSeed).HasMaxLength(1000);
        builder.Property(r => r.SerialNumber).HasMaxLength(HardwareTokenSerial.MaxLength);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(r => r.UserAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.UserAccountId, r.Status });
        builder.HasIndex(r => r.SerialNumber);
    }
}

public sealed class HardwareTokenEntityTypeConfiguration : IEntityTypeConfiguration<HardwareToken>
{
    public void Configure(EntityTypeBuilder<HardwareToken> builder)
    {
        builder.Property(t => t.SerialNumber).HasMaxLength(HardwareTokenSerial.MaxLength);
        builder.HasIndex(t => t.SerialNumber).IsUnique();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.ProtectedSeed).HasMaxLength(1000);
        builder.Property(t => t.ImportedBy).HasMaxLength(256);
        builder.Property(t => t.OtpResponderId).IsConcurrencyToken();
        builder.HasOne(t => t.OtpResponder).WithOne().HasForeignKey<HardwareToken>(t => t.OtpResponderId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(t => t.InStock);
    }
}
