namespace Pakn.Core.Contracts;

/// <summary>An apology letter was written and stored; notifications send it to the citizen.</summary>
public record ApologyLetterIssued(
    Guid FeedbackId,
    Guid LetterId,
    string TrackingCode,
    string UnitCode,
    string Number,
    DateTimeOffset NewDueAt,
    bool StandardReason);
