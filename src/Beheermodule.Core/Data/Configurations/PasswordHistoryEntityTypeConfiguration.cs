using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Passwords;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class PasswordHistoryEntityTypeConfiguration : IEntityTypeConfiguration<PasswordHistory>
{
    public void Configure(EntityTypeBuilder<PasswordHistory> builder)
    {
        builder.ToTable("PasswordHistory");
        builder.Property(h => h.PasswordHash).HasMaxLength(1000);
        // The history means nothing without its account, so it goes with it.
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(h => h.UserAccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => h.UserAccountId);
    }
}
