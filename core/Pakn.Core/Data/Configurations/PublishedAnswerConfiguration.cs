using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pakn.Core.Feedback;
using Pakn.Core.Publishing;

namespace Pakn.Core.Data.Configurations;

internal sealed class PublishedAnswerConfiguration : IEntityTypeConfiguration<PublishedAnswer>
{
    public void Configure(EntityTypeBuilder<PublishedAnswer> answer)
    {
        answer.HasKey(p => p.FeedbackId);
        answer.Property(p => p.FeedbackId).ValueGeneratedNever();
        answer.Property(p => p.TrackingCode).HasMaxLength(16);
        answer.HasIndex(p => p.TrackingCode).IsUnique();
        answer.Property(p => p.Title).HasMaxLength(FeedbackLimits.TitleMaxLength);
        answer.Property(p => p.Question).HasMaxLength(FeedbackLimits.ContentMaxLength);
        answer.Property(p => p.Answer).HasMaxLength(FeedbackLimits.AnswerMaxLength);
        answer.Property(p => p.FieldCode).HasMaxLength(32);
        answer.Property(p => p.AreaCode).HasMaxLength(32);
        answer.Property(p => p.UnitCode).HasMaxLength(64);
        answer.Property(p => p.PublishedBy).HasMaxLength(120);
        answer.Property(p => p.HiddenBy).HasMaxLength(120);
        answer.Property(p => p.HiddenReason).HasMaxLength(FeedbackLimits.ReasonMaxLength);
        answer.Property(p => p.EditedBy).HasMaxLength(120);
        answer.Property(p => p.EditReason).HasMaxLength(FeedbackLimits.ReasonMaxLength);
        // The portal lists the newest visible answers, optionally of one field or area.
        answer.HasIndex(p => new { p.Hidden, p.PublishedAt });
        answer.HasIndex(p => new { p.FieldCode, p.PublishedAt });
        answer.HasIndex(p => new { p.AreaCode, p.PublishedAt });
    }
}
