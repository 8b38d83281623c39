using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pakn.Core.Letters;

namespace Pakn.Core.Data.Configurations;

internal sealed class ApologyLetterConfiguration : IEntityTypeConfiguration<ApologyLetter>
{
    public void Configure(EntityTypeBuilder<ApologyLetter> letter)
    {
        letter.ToTable("ApologyLetters");
        letter.HasKey(l => l.Id);
        letter.Property(l => l.Id).ValueGeneratedNever();
        letter.Property(l => l.UnitCode).HasMaxLength(64);
        letter.Property(l => l.Reason).HasMaxLength(2000);
        letter.Ignore(l => l.NumberText);
        // One number per unit and year; one letter per missed deadline.
        letter.HasIndex(l => new { l.UnitCode, l.Year, l.Number }).IsUnique();
        letter.HasIndex(l => new { l.FeedbackId, l.MissedDueAt }).IsUnique();
        letter.HasOne<Feedback.FeedbackItem>().WithMany().HasForeignKey(l => l.FeedbackId);
    }
}
