using Beheermodule.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beheermodule.Core.Data.Configurations;

public sealed class OutgoingMailEntityTypeConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.Property(m => m.ToAddress).HasMaxLength(254);
        builder.Property(m => m.ToName).HasMaxLength(300);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.TemplateName).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        // The dispatcher's query: unsent messages that are due.
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
