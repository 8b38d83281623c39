using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pakn.Core.Feedback;

namespace Pakn.Core.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditEntries");
        entry.HasKey(a => a.Id);
        entry.Property(a => a.Actor).HasMaxLength(128);
        entry.Property(a => a.FromState).HasConversion<string>().HasMaxLength(16);
        entry.Property(a => a.ToState).HasConversion<string>().HasMaxLength(16);
        entry.Property(a => a.Note).HasMaxLength(FeedbackLimits.ReasonMaxLength);
        entry.HasIndex(a => new { a.FeedbackId, a.At });
    }
}
