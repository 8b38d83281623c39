using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pakn.Core.Triage;

internal sealed class LabelledExampleConfiguration : IEntityTypeConfiguration<LabelledExample>
{
    public void Configure(EntityTypeBuilder<LabelledExample> example)
    {
        example.ToTable("LabelledExamples");
        example.HasKey(e => e.Id);
        example.Property(e => e.Id).ValueGeneratedNever();
        example.Property(e => e.Text).HasMaxLength(LabelledExample.MaxTextLength);
        example.Property(e => e.FieldCode).HasMaxLength(64);
        example.Property(e => e.DecidedBy).HasMaxLength(256);
        // Retraining reads them in order of decision and counts those newer than the model.
        example.HasIndex(e => e.DecidedAt);
        example.HasIndex(e => e.FeedbackId);
        example.HasOne<Feedback.FeedbackItem>().WithMany().HasForeignKey(e => e.FeedbackId);
    }
}
