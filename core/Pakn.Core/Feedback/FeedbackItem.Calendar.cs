using Pakn.Core.Calendar;
using Pakn.Core.Notifications;
using Pakn.Core.Sla;

namespace Pakn.Core.Feedback;

/// <summary>
/// A government counts time limits on the calendar as it actually is: when a day off or a
/// make-up working day is announced after an item was received, every clock still running on it
/// is counted again from the same start with the same number of working days (see
/// <see cref="CalendarChange"/>). Stopped clocks, and clocks whose deadline has already passed,
/// keep what they had, so past figures never shift.
/// </summary>
public sealed partial class FeedbackItem
{
    /// <summary>
    /// Moves the running deadlines the change falls inside, with their warning points, and writes
    /// one history entry naming each move; returns whether anything moved. A citizen already told
    /// the answer date is told the new one when it falls on another day. An approved extension
    /// keeps its number of working days from the stage start; a pending request's date moves the
    /// same way, so it stays after the deadline it extends.
    /// </summary>
    public bool FollowCalendarChange(CalendarChange change, SlaPolicy policy, string actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(policy);
        if (change.IsEmpty || State is not (FeedbackState.NeedsTriage or FeedbackState.Assigned or FeedbackState.Acknowledged
            or FeedbackState.InProgress or FeedbackState.NeedsInfo))
        {
            return false;
        }

        var now = change.At;
        var moves = new List<string>();

        if (FirstResponseOnTime is null && !FirstResponseBreached && FirstResponseDueAt is { } firstDue && firstDue > now
            && policy.FirstResponseWorkingHours is not null && change.Touches(ReceivedAt, firstDue))
        {
            // Khẩn: working hours, never later than the wall-clock promise (as when assigned).
            var terms = new SlaTerms(policy, change.After);
            var moved = change.NotBackdated(firstDue, terms.FirstResponseDue(ReceivedAt));
            if (moved != firstDue)
            {
                FirstResponseDueAt = moved;
                FirstResponseWarnAt = FirstResponseWarned ? FirstResponseWarnAt
                    : moved == ReceivedAt + TimeSpan.FromHours(policy.FirstResponseHours) ? terms.WallWarnPoint(ReceivedAt, moved)
                    : terms.WorkingWarnPoint(ReceivedAt, moved);
                moves.Add(Move("hạn phản hồi", firstDue, moved));
            }
        }

        if (ResolutionEndedAt is null && !ResolutionBreached && ResolutionDueAt is { } due && due > now
            && ResolutionStageStartedAt is { } stageStart)
        {
            // Khẩn counts working hours, unless an extension gave it a working day to keep.
            var inHours = policy.ResolutionWorkingHours is not null && ExtensionMissedDueAt is null;
            DateTimeOffset Recount(DateTimeOffset point) =>
                inHours ? change.RecountTime(stageStart, point) : change.RecountDays(stageStart, point);

            var moved = change.NotBackdated(due, Recount(due));
            if (moved != due)
            {
                ResolutionDueAt = moved;
                if (!ResolutionWarned && ResolutionWarnAt is { } warn)
                {
                    var warnMoved = Recount(warn);
                    ResolutionWarnAt = warnMoved < moved ? warnMoved : moved;
                }

                moves.Add(Move("hạn giải quyết", due, moved));

                // Acknowledgement (and an apology letter) told the citizen this date; a new day must reach them too.
                if (State is not (FeedbackState.NeedsTriage or FeedbackState.Assigned) && !CitizenNotifications.SameDay(due, moved))
                {
                    _citizenNotices.Add(new CitizenNotice(CitizenNoticeKind.DeadlineMoved, now, NewDueAt: moved, PreviousDueAt: due));
                }
            }

            if (ExtensionState == ExtensionState.Requested && ExtensionNewDueAt is { } asked && asked > now)
            {
                var askedMoved = change.NotBackdated(asked, change.RecountDays(stageStart, asked));
                if (askedMoved != asked)
                {
                    ExtensionNewDueAt = askedMoved;
                    moves.Add(Move("ngày hẹn mới đang đề nghị gia hạn", asked, askedMoved));
                }
            }
        }

        if (UpdateRunning && !UpdateBreached && UpdateDueAt is { } updateDue && updateDue > now && LastUpdateAt is { } last)
        {
            var moved = change.NotBackdated(updateDue, change.RecountDays(last, updateDue));
            if (moved != updateDue)
            {
                UpdateDueAt = moved;
                if (!UpdateWarned && UpdateWarnAt is { } warn)
                {
                    var warnMoved = change.RecountDays(last, warn);
                    UpdateWarnAt = warnMoved < moved ? warnMoved : moved;
                }

                moves.Add(Move("hạn cập nhật tiến độ", updateDue, moved));
            }
        }

        if (ForwardOnTime is null && ForwardDueAt is { } forwardDue && forwardDue > now && AssignedAt is { } assigned)
        {
            var moved = change.NotBackdated(forwardDue, change.RecountDays(assigned, forwardDue));
            if (moved != forwardDue)
            {
                ForwardDueAt = moved;
                moves.Add(Move("hạn chuyển đơn vị có thẩm quyền", forwardDue, moved));
            }
        }

        if (moves.Count == 0)
        {
            return false;
        }

        Note(actor, now, $"Hạn xử lý được tính lại theo lịch nghỉ mới ({reason}): {string.Join("; ", moves)}.");
        RefreshOverdue();
        ScheduleSlaCheck();
        return true;

        static string Move(string what, DateTimeOffset from, DateTimeOffset to) =>
            $"{what} từ {StaffAlerts.Time(from)} thành {StaffAlerts.Time(to)}";
    }
}
