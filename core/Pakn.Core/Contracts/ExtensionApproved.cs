namespace Pakn.Core.Contracts;

/// <summary>
/// The unit head approved more time: the deadline moved from <paramref name="MissedDueAt"/> to
/// <paramref name="NewDueAt"/>, and the apology letter for the missed promise is issued at once.
/// </summary>
public record ExtensionApproved(
    Guid FeedbackId,
    string TrackingCode,
    string? UnitCode,
    DateTimeOffset MissedDueAt,
    DateTimeOffset NewDueAt,
    string? Reason);
