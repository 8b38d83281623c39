namespace Pakn.Core.Feedback;

/// <summary>One transition of one item: who moved it, when, from where to where, and why.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public Guid FeedbackId { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public FeedbackState? FromState { get; init; }
    public FeedbackState ToState { get; init; }
    public string? Note { get; init; }
}
