using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Certificates;
using Beheermodule.Core.Activation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class PersonalCertificateEntityTypeConfiguration : IEntityTypeConfiguration<PersonalCertificate>
{
    public void Configure(EntityTypeBuilder<PersonalCertificate> builder)
    {
        builder.Property(c => c.Thumbprint).HasMaxLength(64);
        builder.Property(c => c.Subject).HasMaxLength(1000);
        builder.Property(c => c.Issuer).HasMaxLength(1000);
        builder.Property(c => c.SerialNumber).HasMaxLength(100);
        // One certificate, one holder: registering it to a second account is refused by the database too.
        builder.HasIndex(c => c.Thumbprint).IsUnique();
        builder.HasIndex(c => c.UserAccountId);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(c => c.UserAccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
