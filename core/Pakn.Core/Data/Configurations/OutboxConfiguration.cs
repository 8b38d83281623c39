using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pakn.Core.Outbox;

namespace Pakn.Core.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("OutboxMessages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).ValueGeneratedNever();
        message.Property(m => m.MessageType).HasMaxLength(256);
        message.Property(m => m.LastError).HasMaxLength(2000);
        message.HasIndex(m => m.CreatedAt);
    }
}

internal sealed class ProcessedMessageConfiguration : IEntityTypeConfiguration<ProcessedMessage>
{
    public void Configure(EntityTypeBuilder<ProcessedMessage> processed)
    {
        processed.ToTable("ProcessedMessages");
        processed.HasKey(p => new { p.MessageId, p.Consumer });
        processed.Property(p => p.Consumer).HasMaxLength(128);
        processed.HasIndex(p => p.ProcessedAt);
    }
}
