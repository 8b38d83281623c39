using Pakn.Core.Feedback;

namespace Pakn.Core.Contracts;

/// <summary>A deadline passed without the promised response or answer: the item is overdue.</summary>
public record SlaBreached(
    Guid FeedbackId,
    string TrackingCode,
    string? UnitCode,
    SlaClock Clock,
    DateTimeOffset DueAt);
