using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pakn.Core.DirectLine;

namespace Pakn.Core.Data.Configurations;

internal sealed class DirectLineConversationConfiguration : IEntityTypeConfiguration<DirectLineConversation>
{
    public void Configure(EntityTypeBuilder<DirectLineConversation> conversation)
    {
        conversation.ToTable("DirectLineConversations");
        conversation.HasKey(c => c.Id);
        conversation.Property(c => c.Id).HasMaxLength(64);
        conversation.Property(c => c.UserId).HasMaxLength(128);
        conversation.HasIndex(c => c.LastActivityAt);
    }
}

internal sealed class DirectLineActivityConfiguration : IEntityTypeConfiguration<DirectLineActivity>
{
    public void Configure(EntityTypeBuilder<DirectLineActivity> activity)
    {
        activity.ToTable("DirectLineActivities");
        activity.HasKey(a => new { a.ConversationId, a.Sequence });
        activity.Property(a => a.ConversationId).HasMaxLength(64);
        activity.Property(a => a.ActivityId).HasMaxLength(96);
        activity.Property(a => a.ClientActivityId).HasMaxLength(128);
        // A retried post loses the race here instead of being stored twice (NULLs do not collide).
        activity.HasIndex(a => new { a.ConversationId, a.ClientActivityId }).IsUnique();
        activity.HasOne<DirectLineConversation>().WithMany().HasForeignKey(a => a.ConversationId);
    }
}

internal sealed class DirectLineAttachmentConfiguration : IEntityTypeConfiguration<DirectLineAttachment>
{
    public void Configure(EntityTypeBuilder<DirectLineAttachment> attachment)
    {
        attachment.ToTable("DirectLineAttachments");
        attachment.HasKey(a => a.Id);
        attachment.Property(a => a.Id).ValueGeneratedNever();
        attachment.Property(a => a.ConversationId).HasMaxLength(64);
        attachment.Property(a => a.Name).HasMaxLength(256);
        attachment.Property(a => a.ContentType).HasMaxLength(128);
        attachment.HasIndex(a => a.ConversationId);
        attachment.HasOne<DirectLineConversation>().WithMany().HasForeignKey(a => a.ConversationId);
    }
}
