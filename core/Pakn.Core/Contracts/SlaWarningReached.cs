using Pakn.Core.Feedback;

namespace Pakn.Core.Contracts;

/// <summary>A clock reached its warning point (75% by default): the unit and its head are warned.</summary>
public record SlaWarningReached(
    Guid FeedbackId,
    string TrackingCode,
    string? UnitCode,
    SlaClock Clock,
    DateTimeOffset DueAt);
