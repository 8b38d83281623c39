using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pakn.Core.Feedback;

namespace Pakn.Core.Data.Configurations;

internal sealed class FeedbackItemConfiguration : IEntityTypeConfiguration<FeedbackItem>
{
    public void Configure(EntityTypeBuilder<FeedbackItem> item)
    {
        item.ToTable("Feedback");
        item.HasKey(f => f.Id);
        item.Property(f => f.Id).ValueGeneratedNever();
        item.Property(f => f.TrackingCode).HasMaxLength(16);
        item.HasIndex(f => f.TrackingCode).IsUnique();
        item.Property(f => f.Channel).HasConversion<string>().HasMaxLength(16);
        item.Property(f => f.State).HasConversion<string>().HasMaxLength(16);
        item.Property(f => f.Severity).HasConversion<string>().HasMaxLength(16);
        item.Property(f => f.Title).HasMaxLength(FeedbackLimits.TitleMaxLength);
        item.Property(f => f.Content).HasMaxLength(FeedbackLimits.ContentMaxLength);
        item.Property(f => f.AreaCode).HasMaxLength(32);
        item.Property(f => f.Address).HasMaxLength(FeedbackLimits.AddressMaxLength);
        item.Property(f => f.FieldCode).HasMaxLength(32);
        item.Property(f => f.UnitCode).HasMaxLength(64);
        item.Property(f => f.Answer).HasMaxLength(FeedbackLimits.AnswerMaxLength);
        item.Property(f => f.StateReason).HasMaxLength(FeedbackLimits.ReasonMaxLength);
        item.Property(f => f.Version).IsConcurrencyToken();
        item.Property(f => f.AnswerApproval).HasConversion<string>().HasMaxLength(16);
        item.Property(f => f.DraftAnswer).HasMaxLength(FeedbackLimits.AnswerMaxLength);
        item.Property(f => f.DraftAnswerBy).HasMaxLength(128);
        item.Property(f => f.DraftNote).HasMaxLength(FeedbackLimits.ReasonMaxLength + 100);
        item.Property(f => f.ApprovalComment).HasMaxLength(FeedbackLimits.ReasonMaxLength);
        item.Property(f => f.PrivateReason).HasMaxLength(FeedbackLimits.ReasonMaxLength);
        item.Ignore(f => f.NeverPublished);

        item.OwnsOne(f => f.Contact, contact =>
        {
            contact.Property(c => c.Name).HasMaxLength(FeedbackLimits.NameMaxLength).HasColumnName("ContactName");
            contact.Property(c => c.Phone).HasMaxLength(FeedbackLimits.PhoneMaxLength).HasColumnName("ContactPhone");
            contact.Property(c => c.Email).HasMaxLength(FeedbackLimits.EmailMaxLength).HasColumnName("ContactEmail");
            contact.Property(c => c.Address).HasMaxLength(FeedbackLimits.AddressMaxLength).HasColumnName("ContactAddress");
            contact.Property(c => c.Consent).HasColumnName("ContactConsent");
            contact.Property(c => c.ReplyAddress).HasMaxLength(FeedbackLimits.ReplyAddressMaxLength).HasColumnName("ContactReplyAddress");
            contact.Ignore(c => c.IsEmpty);
        });
        item.Navigation(f => f.Contact).IsRequired();

        item.OwnsMany(f => f.Attachments, attachment =>
        {
            attachment.ToTable("FeedbackAttachments");
            attachment.WithOwner().HasForeignKey("FeedbackId");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.Id).ValueGeneratedNever();
            attachment.Property(a => a.FileName).HasMaxLength(255);
            attachment.Property(a => a.ContentType).HasMaxLength(127);
            attachment.Property(a => a.StorageKey).HasMaxLength(255);
            attachment.Property(a => a.PublicStorageKey).HasMaxLength(255);
            attachment.Property(a => a.PublicContentType).HasMaxLength(127);
        });
        item.Navigation(f => f.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);

        item.HasMany(f => f.Audit).WithOne().HasForeignKey(a => a.FeedbackId);
        item.Navigation(f => f.Audit).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Queues filter by unit and state; deadline sweeps scan due times.
        item.HasIndex(f => new { f.UnitCode, f.State });
        item.HasIndex(f => new { f.State, f.ReceivedAt });
        // Duplicate detection reads the recent items of one area.
        item.HasIndex(f => new { f.AreaCode, f.ReceivedAt });
        item.HasIndex(f => f.FirstResponseDueAt);
        item.HasIndex(f => f.ResolutionDueAt);
        // The deadline sweeper reads only the items whose next clock point has come.
        item.HasIndex(f => f.SlaCheckAt);
        // The leaders' dashboard groups a period's items by unit, field and channel and counts
        // frozen flags: every column it reads is here, so SQLite never touches the wide rows.
        item.HasIndex(
            f => new
            {
                f.ReceivedAt, f.UnitCode, f.State, f.FieldCode, f.Channel, f.Confidential, f.AnsweredAt, f.PublishedAt,
                f.FirstResponseOnTime, f.FirstResponseBreached, f.ResolutionOnTime, f.ResolutionBreached, f.ResolutionDueAt, f.Rating,
            },
            "IX_Feedback_Dashboard");
        // The queue's counters (open, overdue, due soon) per unit read only these columns.
        item.HasIndex(
            f => new { f.State, f.UnitCode, f.ResolutionOnTime, f.ResolutionDueAt, f.FirstResponseOnTime, f.FirstResponseDueAt, f.ReceivedAt },
            "IX_Feedback_Queue");
        // The auto-publisher reads answered items by the time of their answer.
        item.HasIndex(f => new { f.State, f.AnsweredAt });
        // The unit head's approval list.
        item.HasIndex(f => new { f.UnitCode, f.AnswerApproval });
    }
}
