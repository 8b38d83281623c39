using Pakn.Core.Feedback;

namespace Pakn.Core.Sla;

/// <summary>
/// A closed stage of one clock, written once when the stage ends and never changed: the
/// figures of past periods are read from these rows, so a reopened or extended item cannot
/// shift them.
/// </summary>
public sealed class SlaStage
{
    public long Id { get; init; }
    public Guid FeedbackId { get; init; }
    public SlaClock Clock { get; init; }

    /// <summary>1 for the first stage; a reopened item's resolution counts on from 2.</summary>
    public int Number { get; init; }
    public string? UnitCode { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset EndedAt { get; init; }
    public bool OnTime { get; init; }
}
