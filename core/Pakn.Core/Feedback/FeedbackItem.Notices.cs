using Pakn.Core.Notifications;

namespace Pakn.Core.Feedback;

/// <summary>
/// Steps the citizen is told about. Collected by the transitions and turned into notification
/// rows by <see cref="Data.PaknDbContext"/> in the same SaveChanges as the step itself, so a
/// step is never committed without its message, nor a message without its step.
/// </summary>
public sealed partial class FeedbackItem
{
    private readonly List<CitizenNotice> _citizenNotices = [];

    /// <summary>The notices collected since the last call, which clears them.</summary>
    public IReadOnlyList<CitizenNotice> TakeCitizenNotices()
    {
        var taken = _citizenNotices.ToList();
        _citizenNotices.Clear();
        return taken;
    }

    private void CollectCitizenNotice(FeedbackState to, DateTimeOffset at, string? note)
    {
        CitizenNoticeKind? kind = to switch
        {
            FeedbackState.Acknowledged => CitizenNoticeKind.Acknowledged,
            FeedbackState.NeedsInfo => CitizenNoticeKind.InformationRequested,
            FeedbackState.Answered => CitizenNoticeKind.Answered,
            _ => null,
        };
        if (kind is { } k)
        {
            _citizenNotices.Add(new CitizenNotice(k, at, k == CitizenNoticeKind.InformationRequested ? note : null));
        }
    }
}
