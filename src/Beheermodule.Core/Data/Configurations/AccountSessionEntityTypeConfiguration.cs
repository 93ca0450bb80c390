using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class AccountSessionEntityTypeConfiguration : IEntityTypeConfiguration<AccountSession>
{
    public void Configure(EntityTypeBuilder<AccountSession> builder)
    {
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.UserAccountId).HasMaxLength(450);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(s => s.UserAccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserAccountId);
        builder.HasIndex(s => s.ExpiresAt);
    }
}
