namespace Pakn.Core.Outbox;

/// <summary>
/// Marks a message as handled by one consumer, in the same transaction as the consumer's effect.
/// The primary key turns a concurrent second delivery into a conflict instead of a second effect.
/// </summary>
public sealed class ProcessedMessage
{
    public Guid MessageId { get; init; }
    public required string Consumer { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
