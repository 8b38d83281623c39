using System.Globalization;
using Pakn.Core.Sla;

namespace Pakn.Core.Feedback;

/// <summary>
/// Asking for more time: the unit asks before the resolution deadline, with a reason and a new
/// date; the unit head approves or declines. An approval moves the deadline (the apology letter
/// for the missed promise is issued at once, so before the old deadline). Only the latest
/// request is kept here; every request and decision is in the audit trail.
/// </summary>
public sealed partial class FeedbackItem
{
    /// <summary>Leaves room in the audit note (and the letter) for the words around the reason.</summary>
    public const int ReasonMaxLength = 1_000;

    public ExtensionState ExtensionState { get; private set; }
    public DateTimeOffset? ExtensionRequestedAt { get; private set; }
    public string? ExtensionRequestedBy { get; private set; }

    /// <summary>Null when the unit gave none: the letter then uses the standard reason.</summary>
    public string? ExtensionReason { get; private set; }
    public DateTimeOffset? ExtensionNewDueAt { get; private set; }
    public DateTimeOffset? ExtensionDecidedAt { get; private set; }
    public string? ExtensionDecidedBy { get; private set; }
    public string? ExtensionDecisionNote { get; private set; }

    /// <summary>The deadline an approved extension replaced (the promise the letter apologises for).</summary>
    public DateTimeOffset? ExtensionMissedDueAt { get; private set; }

    public void RequestExtension(string? reason, DateTimeOffset newDueAt, string actor, DateTimeOffset at)
    {
        if (State is not (FeedbackState.Assigned or FeedbackState.Acknowledged or FeedbackState.InProgress or FeedbackState.NeedsInfo)
            || ResolutionEndedAt is not null || ResolutionDueAt is not { } due)
        {
            throw new InvalidTransitionException("Chỉ xin gia hạn khi phản ánh đang được giải quyết.");
        }

        if (ExtensionState == ExtensionState.Requested)
        {
            throw new InvalidTransitionException("Đã có đề nghị gia hạn đang chờ thủ trưởng đơn vị duyệt.");
        }

        if (at >= due)
        {
            throw new InvalidTransitionException("Chỉ được xin gia hạn trước hạn giải quyết.");
        }

        if (newDueAt <= due)
        {
            throw new InvalidTransitionException("Ngày hẹn mới phải sau hạn giải quyết hiện tại.");
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > ReasonMaxLength })
        {
            throw new InvalidTransitionException("Lý do gia hạn không quá 1.000 ký tự.");
        }

        ExtensionState = ExtensionState.Requested;
        ExtensionRequestedAt = at;
        ExtensionRequestedBy = actor;
        ExtensionReason = reason;
        ExtensionNewDueAt = newDueAt;
        ExtensionDecidedAt = null;
        ExtensionDecidedBy = null;
        ExtensionDecisionNote = null;
        Note(actor, at, $"Đề nghị gia hạn đến {Day(newDueAt)}. Lý do: {reason ?? "không nêu"}");
    }

    /// <summary>Moves the resolution deadline to the requested date; returns the deadline it replaced.</summary>
    public DateTimeOffset ApproveExtension(SlaTerms terms, string actor, DateTimeOffset at)
    {
        if (ExtensionState != ExtensionState.Requested || ExtensionNewDueAt is not { } newDue)
        {
            throw new InvalidTransitionException("Không có đề nghị gia hạn nào đang chờ duyệt.");
        }

        if (ResolutionEndedAt is not null || ResolutionDueAt is not { } missed)
        {
            throw new InvalidTransitionException("Phản ánh đã được trả lời, không cần gia hạn.");
        }

        ExtensionState = ExtensionState.Approved;
        ExtensionDecidedAt = at;
        ExtensionDecidedBy = actor;
        ExtensionMissedDueAt = missed;
        ResolutionDueAt = newDue;
        ResolutionWarnAt = terms.WorkingWarnPoint(at, newDue);
        ResolutionWarned = false;
        ResolutionBreached = false;
        Note(actor, at, $"Duyệt gia hạn đến {Day(newDue)}");
        RefreshOverdue();
        ScheduleSlaCheck();
        return missed;
    }

    public void DeclineExtension(string reason, string actor, DateTimeOffset at)
    {
        if (ExtensionState != ExtensionState.Requested)
        {
            throw new InvalidTransitionException("Không có đề nghị gia hạn nào đang chờ duyệt.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidTransitionException("Cần nêu lý do không duyệt gia hạn.");
        }

        ExtensionState = ExtensionState.Declined;
        ExtensionDecidedAt = at;
        ExtensionDecidedBy = actor;
        ExtensionDecisionNote = reason.Trim();
        Note(actor, at, $"Không duyệt gia hạn. Lý do: {reason.Trim()}");
    }

    /// <summary>An audit entry that is not a transition (the state stays).</summary>
    private void Note(string actor, DateTimeOffset at, string note)
    {
        _audit.Add(new AuditEntry { FeedbackId = Id, At = at, Actor = actor, FromState = State, ToState = State, Note = note });
        Version++;
    }

    private static readonly TimeZoneInfo VietnamZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    private static string Day(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, VietnamZone).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
