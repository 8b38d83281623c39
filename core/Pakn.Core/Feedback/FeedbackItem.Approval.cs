namespace Pakn.Core.Feedback;

/// <summary>
/// Unit head approval (per unit: <see cref="Reference.Unit.AnswerApprovalRequired"/>): the
/// officer's answer waits as a draft, the item stays where it was and the resolution clock keeps
/// running, because the citizen has not been answered yet. The head approves (the answer goes
/// out as the head's act) or returns it with a comment; the draft stays for the officer to edit.
/// </summary>
public sealed partial class FeedbackItem
{
    public AnswerApproval AnswerApproval { get; private set; }
    public string? DraftAnswer { get; private set; }
    public string? DraftAnswerBy { get; private set; }
    public DateTimeOffset? DraftAnswerAt { get; private set; }

    /// <summary>The officer's note when sending an answer the quality check called vague.</summary>
    public string? DraftNote { get; private set; }

    /// <summary>The head's comment when returning the draft.</summary>
    public string? ApprovalComment { get; private set; }

    public void SubmitAnswerForApproval(string answer, string actor, DateTimeOffset at, string? note = null)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            throw new InvalidTransitionException("Nội dung trả lời không được để trống.");
        }

        if (!FeedbackTransitions.IsAllowed(State, FeedbackState.Answered))
        {
            throw new InvalidTransitionException(
                $"Không thể trình duyệt câu trả lời khi phản ánh ở trạng thái “{FeedbackStateNames.Label(State)}”.");
        }

        AnswerApproval = AnswerApproval.Pending;
        DraftAnswer = answer;
        DraftAnswerBy = actor;
        DraftAnswerAt = at;
        DraftNote = note;
        ApprovalComment = null;
        Note(actor, at, note is null ? "Trình thủ trưởng đơn vị duyệt câu trả lời" : $"Trình thủ trưởng đơn vị duyệt câu trả lời. {note}");
    }

    /// <summary>The draft goes out as the answer; the audit names both the author and the approver.</summary>
    public void ApproveAnswer(string actor, DateTimeOffset at)
    {
        if (AnswerApproval != AnswerApproval.Pending || DraftAnswer is not { } draft)
        {
            throw new InvalidTransitionException("Không có câu trả lời nào đang chờ duyệt.");
        }

        var note = $"Thủ trưởng đơn vị duyệt câu trả lời do {DraftAnswerBy} soạn" + (DraftNote is null ? "" : $". {DraftNote}");
        Respond(draft, actor, at, note);
        ClearDraft();
    }

    public void ReturnAnswer(string comment, string actor, DateTimeOffset at)
    {
        if (AnswerApproval != AnswerApproval.Pending)
        {
            throw new InvalidTransitionException("Không có câu trả lời nào đang chờ duyệt.");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new InvalidTransitionException("Cần ghi ý kiến để cán bộ sửa câu trả lời.");
        }

        AnswerApproval = AnswerApproval.Returned;
        ApprovalComment = comment.Trim();
        Note(actor, at, $"Trả lại câu trả lời để sửa. Ý kiến: {ApprovalComment}");
    }

    /// <summary>Staff evidence for the answer (a photo of the repair, a signed document).</summary>
    public void AddEvidence(Attachment attachment, string actor, DateTimeOffset at)
    {
        if (State is FeedbackState.Rejected or FeedbackState.Merged)
        {
            throw new InvalidTransitionException("Không thể đính kèm minh chứng cho phản ánh đã đóng hồ sơ.");
        }

        _attachments.Add(attachment);
        Note(actor, at, $"Đính kèm minh chứng: {attachment.FileName}" + (attachment.Published ? " (công khai)" : ""));
    }

    /// <summary>A draft belongs to the unit that wrote it: a forward or triage drops it.</summary>
    private void ClearDraft()
    {
        AnswerApproval = AnswerApproval.None;
        DraftAnswer = null;
        DraftAnswerBy = null;
        DraftAnswerAt = null;
        DraftNote = null;
        ApprovalComment = null;
    }
}
