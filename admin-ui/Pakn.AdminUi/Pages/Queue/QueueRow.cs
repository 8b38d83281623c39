using Pakn.Core.Feedback;

namespace Pakn.AdminUi.Pages.Queue;

/// <summary>One line of a queue: no contact data, the text cut short.</summary>
public sealed record QueueRow(
    string TrackingCode,
    string? Title,
    string Content,
    FeedbackState State,
    Severity Severity,
    string? FieldCode,
    string? UnitCode,
    Channel Channel,
    bool Confidential,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? FirstResponseDueAt,
    DateTimeOffset? ResolutionDueAt,
    bool Overdue);

public sealed record QueueCounters(int Open, int NotAcknowledged, int Overdue, int DueSoon, int NeedsInfo);

public sealed record QueueResult(IReadOnlyList<QueueRow> Rows, int Total, QueueCounters Counters);
