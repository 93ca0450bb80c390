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
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(r => r.UserAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.UserAccountId, r.Status });
    }
}
