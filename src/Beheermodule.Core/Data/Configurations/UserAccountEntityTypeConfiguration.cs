using Beheermodule.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class UserAccountEntityTypeConfiguration : IEntityTypeConfiguration<UserAccount>
{
    /// <summary>Rule 9: one address, one person. Identity's own index on the normalised address becomes unique.</summary>
    public void Configure(EntityTypeBuilder<UserAccount> builder) =>
        builder.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex").IsUnique();
}
