namespace Pakn.Core.Feedback;

/// <summary>Where a PAKN item is in its life (DESIGN.md "Life of one PAKN").</summary>
public enum FeedbackState
{
    Received,
    NeedsTriage,
    Assigned,
    Acknowledged,
    InProgress,
    NeedsInfo,
    Answered,
    Published,
    Closed,
    Rejected,
    Merged,
}
