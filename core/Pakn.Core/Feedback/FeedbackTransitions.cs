namespace Pakn.Core.Feedback;

/// <summary>The allowed moves between states; everything else is refused.</summary>
public static class FeedbackTransitions
{
    private static readonly Dictionary<FeedbackState, FeedbackState[]> Allowed = new()
    {
        [FeedbackState.Received] = [FeedbackState.NeedsTriage, FeedbackState.Assigned, FeedbackState.Rejected, FeedbackState.Merged],
        [FeedbackState.NeedsTriage] = [FeedbackState.Assigned, FeedbackState.Rejected, FeedbackState.Merged],
        // Assigned → Assigned is a forward; Assigned → NeedsTriage is a unit saying "not ours".
        [FeedbackState.Assigned] = [FeedbackState.Acknowledged, FeedbackState.Assigned, FeedbackState.NeedsTriage, FeedbackState.Answered, FeedbackState.Rejected, FeedbackState.Merged],
        [FeedbackState.Acknowledged] = [FeedbackState.InProgress, FeedbackState.NeedsInfo, FeedbackState.Answered, FeedbackState.Assigned, FeedbackState.Rejected, FeedbackState.Merged],
        [FeedbackState.InProgress] = [FeedbackState.NeedsInfo, FeedbackState.Answered, FeedbackState.Assigned, FeedbackState.Rejected, FeedbackState.Merged],
        [FeedbackState.NeedsInfo] = [FeedbackState.InProgress, FeedbackState.Answered, FeedbackState.Rejected],
        [FeedbackState.Answered] = [FeedbackState.Published, FeedbackState.Closed, FeedbackState.InProgress, FeedbackState.NeedsInfo],
        [FeedbackState.Published] = [FeedbackState.Closed, FeedbackState.InProgress],
        [FeedbackState.Closed] = [FeedbackState.InProgress],
        [FeedbackState.Rejected] = [],
        [FeedbackState.Merged] = [],
    };

    public static bool IsAllowed(FeedbackState from, FeedbackState to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static IReadOnlyList<FeedbackState> From(FeedbackState state) => Allowed[state];
}
