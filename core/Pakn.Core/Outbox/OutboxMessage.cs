namespace Pakn.Core.Outbox;

/// <summary>
/// An event written in the same transaction as the state change that caused it, relayed to the
/// bus afterwards. Its id becomes the bus MessageId, so consumers recognise a second delivery.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }
    public required string MessageType { get; init; }
    public required string Body { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Which relay pass holds the row, and until when; an expired claim is free again.</summary>
    public Guid? ClaimToken { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
