using MassTransit;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;

namespace Pakn.Core.Outbox;

/// <summary>
/// Makes a consumer safe to run twice: check the mark, apply the effect, add the mark, and save
/// all of it in one SaveChanges. A concurrent duplicate then fails on the mark's primary key,
/// is retried, and sees the mark.
/// </summary>
public static class IdempotencyExtensions
{
    public static Guid RequireMessageId(this ConsumeContext context) =>
        context.MessageId ?? throw new InvalidOperationException("Pakn messages always carry a MessageId (the outbox row id).");

    public static Task<bool> IsProcessedAsync(this PaknDbContext db, Guid messageId, string consumer, CancellationToken cancellationToken) =>
        db.ProcessedMessages.AnyAsync(p => p.MessageId == messageId && p.Consumer == consumer, cancellationToken);

    public static void MarkProcessed(this PaknDbContext db, Guid messageId, string consumer, DateTimeOffset at) =>
        db.ProcessedMessages.Add(new ProcessedMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = at });
}
