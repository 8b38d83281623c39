using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pakn.Core.Conversations;

internal sealed class ConversationRecordConfiguration : IEntityTypeConfiguration<ConversationRecord>
{
    public void Configure(EntityTypeBuilder<ConversationRecord> conversation)
    {
        conversation.ToTable("Conversations");
        conversation.HasKey(c => c.Key);
        conversation.Property(c => c.Key).HasMaxLength(ConversationRecord.KeyMaxLength);
        conversation.Property(c => c.Channel).HasMaxLength(16);
        conversation.Property(c => c.UserId).HasMaxLength(ConversationRecord.UserIdMaxLength);
        conversation.Property(c => c.Version).IsConcurrencyToken();
        // Zalo notifications look up the user's last message to know if the free window is open.
        conversation.HasIndex(c => new { c.Channel, c.UserId });
        conversation.Property(c => c.OpenForm).HasMaxLength(32);
        // Retention finds the conversations untouched for longest.
        conversation.HasIndex(c => c.UpdatedAt);
    }
}
