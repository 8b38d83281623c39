namespace Pakn.Core.Contracts;

/// <summary>A unit asked for more time before its resolution deadline; the unit head decides.</summary>
public record ExtensionRequested(
    Guid FeedbackId,
    string TrackingCode,
    string? UnitCode,
    DateTimeOffset DueAt,
    DateTimeOffset NewDueAt,
    bool ReasonGiven);
