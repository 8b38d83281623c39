namespace Pakn.Core.Contracts;

/// <summary>An item now belongs to a unit, with its clocks running.</summary>
public record FeedbackAssigned(
    Guid FeedbackId,
    string TrackingCode,
    string UnitCode,
    string FieldCode,
    DateTimeOffset AssignedAt,
    DateTimeOffset FirstResponseDueAt,
    DateTimeOffset ResolutionDueAt);
