using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pakn.Core.Notifications;

namespace Pakn.Core.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("Notifications");
        notification.HasKey(n => n.Id);
        notification.Property(n => n.Id).ValueGeneratedNever();
        notification.Property(n => n.Kind).HasMaxLength(64);
        notification.Property(n => n.TrackingCode).HasMaxLength(16);
        notification.Property(n => n.RecipientKind).HasConversion<string>().HasMaxLength(16);
        notification.Property(n => n.Role).HasMaxLength(32);
        notification.Property(n => n.UnitCode).HasMaxLength(64);
        notification.Property(n => n.Channel).HasMaxLength(32);
        notification.Property(n => n.Address).HasMaxLength(320);
        notification.Property(n => n.Subject).HasMaxLength(300);
        notification.Property(n => n.Body).HasMaxLength(4000);
        notification.Property(n => n.Link).HasMaxLength(500);
        notification.Property(n => n.State).HasConversion<string>().HasMaxLength(16);
        notification.Property(n => n.LastError).HasMaxLength(2000);
        // The dispatcher reads due pending rows; staff read failed ones and their inbox.
        notification.HasIndex(n => new { n.State, n.NextAttemptAt });
        notification.HasIndex(n => new { n.Role, n.UnitCode, n.CreatedAt });
        notification.HasIndex(n => n.FeedbackId);
    }
}
