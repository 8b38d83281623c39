namespace Pakn.Core.Feedback;

/// <summary>The citizen's verdict on the answer (SIPAS satisfaction): a score and whether it solved the problem.</summary>
public sealed partial class FeedbackItem
{
    /// <summary>1 (very dissatisfied) to 5 (very satisfied).</summary>
    public int? Rating { get; private set; }

    /// <summary>"Đã được giải quyết chưa?": the citizen's answer.</summary>
    public bool? ResolvedByCitizen { get; private set; }
    public DateTimeOffset? RatedAt { get; private set; }

    public bool CanBeRated => State is FeedbackState.Answered or FeedbackState.Published or FeedbackState.Closed;

    /// <summary>Not a transition: a later rating replaces an earlier one, as the citizen changes their mind.</summary>
    public void Rate(int score, bool resolved, DateTimeOffset at)
    {
        if (!CanBeRated)
        {
            throw new InvalidTransitionException("Chỉ đánh giá được phản ánh đã có câu trả lời.");
        }

        if (score is < 1 or > 5)
        {
            throw new InvalidTransitionException("Điểm đánh giá từ 1 đến 5.");
        }

        Rating = score;
        ResolvedByCitizen = resolved;
        RatedAt = at;
        Version++;
    }

    /// <summary>The citizen answers a request for information; their words go into the audit trail staff read.</summary>
    public void ProvideInformation(string information, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(information))
        {
            throw new InvalidTransitionException("Cần nhập thông tin bổ sung.");
        }

        var note = $"Người dân bổ sung: {information}";
        MoveTo(FeedbackState.InProgress, Actors.Citizen, at, note.Length <= FeedbackLimits.ReasonMaxLength ? note : note[..FeedbackLimits.ReasonMaxLength]);
    }
}
