namespace Pakn.Core.Feedback;

/// <summary>The public codes (lowercase English, stable for API clients) and Vietnamese labels of states.</summary>
public static class FeedbackStateNames
{
    public static string Code(FeedbackState state) => state switch
    {
        FeedbackState.Received => "received",
        FeedbackState.NeedsTriage => "needs_triage",
        FeedbackState.Assigned => "assigned",
        FeedbackState.Acknowledged => "acknowledged",
        FeedbackState.InProgress => "in_progress",
        FeedbackState.NeedsInfo => "needs_info",
        FeedbackState.Answered => "answered",
        FeedbackState.Published => "published",
        FeedbackState.Closed => "closed",
        FeedbackState.Rejected => "rejected",
        FeedbackState.Merged => "merged",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static string Label(FeedbackState state) => state switch
    {
        FeedbackState.Received => "Đã tiếp nhận",
        FeedbackState.NeedsTriage => "Đang phân loại",
        FeedbackState.Assigned => "Đã chuyển đơn vị xử lý",
        FeedbackState.Acknowledged => "Đơn vị đã tiếp nhận",
        FeedbackState.InProgress => "Đang xử lý",
        FeedbackState.NeedsInfo => "Chờ bổ sung thông tin",
        FeedbackState.Answered => "Đã trả lời",
        FeedbackState.Published => "Đã công khai",
        FeedbackState.Closed => "Đã kết thúc",
        FeedbackState.Rejected => "Không tiếp nhận",
        FeedbackState.Merged => "Đã gộp với phản ánh trùng",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>Still waiting for its answer (Open311's "open"; a candidate original for duplicates).</summary>
    public static bool IsOpen(FeedbackState state) =>
        state is not (FeedbackState.Answered or FeedbackState.Published or FeedbackState.Closed
            or FeedbackState.Rejected or FeedbackState.Merged);

    /// <summary>The states <see cref="IsOpen"/> accepts, for queries.</summary>
    public static readonly IReadOnlyList<FeedbackState> OpenStates = [.. Enum.GetValues<FeedbackState>().Where(IsOpen)];
}
