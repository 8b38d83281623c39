using Microsoft.EntityFrameworkCore;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Notifications;

namespace Pakn.Core.Sla;

/// <summary>
/// Requests for more time, as the staff screens call them: the unit asks (reason, new date)
/// before the deadline, the unit head approves or declines. Each action commits the item, its
/// event and its staff alert together; bad input or a stale screen changes nothing and says
/// why in Vietnamese.
/// </summary>
public sealed class DeadlineExtensions(PaknDbContext db, SlaPolicies policies, TimeProvider time)
{
    /// <summary>Items of a unit (or every unit) whose request waits for the unit head.</summary>
    public Task<List<FeedbackItem>> PendingAsync(string? unitCode, CancellationToken cancellationToken) =>
        db.Feedback.AsNoTracking()
            .Where(f => f.ExtensionState == ExtensionState.Requested && (unitCode == null || f.UnitCode == unitCode))
            .OrderBy(f => f.ResolutionDueAt)
            .ToListAsync(cancellationToken);

    /// <summary>The new date is a working day; the new deadline is the end of its working hours.</summary>
    public async Task<SlaActionResult> RequestAsync(Guid feedbackId, string? reason, DateOnly newDate, string actor, CancellationToken cancellationToken)
    {
        return await ActAsync(feedbackId, (item, terms, now) =>
        {
            if (!terms.Calendar.IsWorkingDay(newDate))
            {
                throw new InvalidTransitionException("Ngày hẹn mới phải là ngày làm việc.");
            }

            var lastPeriod = terms.Calendar.Periods[^1].End;
            var local = newDate.ToDateTime(TimeOnly.FromTimeSpan(lastPeriod));
            var newDue = new DateTimeOffset(local, terms.Calendar.TimeZone.GetUtcOffset(local)).ToUniversalTime();
            item.RequestExtension(reason, newDue, actor, now);
            db.Enqueue(new ExtensionRequested(item.Id, item.TrackingCode, item.UnitCode, item.ResolutionDueAt!.Value, newDue, item.ExtensionReason is not null), now);
            db.Notifications.Add(StaffAlerts.To(StaffRoles.UnitHead, item.UnitCode, "extension.requested", item.Id, item.TrackingCode,
                $"Đề nghị gia hạn chờ duyệt: {item.TrackingCode}",
                $"Đơn vị đề nghị gia hạn giải quyết phản ánh {item.TrackingCode} từ {StaffAlerts.Time(item.ResolutionDueAt!.Value)} đến {StaffAlerts.Time(newDue)}."
                + (item.ExtensionReason is null ? " Đơn vị không nêu lý do: phiếu xin lỗi sẽ dùng lý do chuẩn, đề nghị thủ trưởng xem lại." : ""),
                now));
        }, cancellationToken);
    }

    public Task<SlaActionResult> ApproveAsync(Guid feedbackId, string actor, CancellationToken cancellationToken) =>
        ActAsync(feedbackId, (item, terms, now) =>
        {
            var missed = item.ApproveExtension(terms, actor, now);
            db.Enqueue(new ExtensionApproved(item.Id, item.TrackingCode, item.UnitCode, missed, item.ResolutionDueAt!.Value, item.ExtensionReason), now);
        }, cancellationToken);

    public Task<SlaActionResult> DeclineAsync(Guid feedbackId, string reason, string actor, CancellationToken cancellationToken) =>
        ActAsync(feedbackId, (item, _, now) =>
        {
            item.DeclineExtension(reason, actor, now);
            db.Enqueue(new ExtensionDeclined(item.Id, item.TrackingCode, item.UnitCode, item.ResolutionDueAt!.Value), now);
            db.Notifications.Add(StaffAlerts.To(StaffRoles.Officer, item.UnitCode, "extension.declined", item.Id, item.TrackingCode,
                $"Không duyệt gia hạn: {item.TrackingCode}",
                $"Thủ trưởng đơn vị không duyệt gia hạn phản ánh {item.TrackingCode}. Lý do: {item.ExtensionDecisionNote}. Hạn giải quyết vẫn là {StaffAlerts.Time(item.ResolutionDueAt!.Value)}.",
                now));
        }, cancellationToken);

    private async Task<SlaActionResult> ActAsync(Guid feedbackId, Action<FeedbackItem, SlaTerms, DateTimeOffset> act, CancellationToken cancellationToken)
    {
        var item = await db.Feedback.SingleOrDefaultAsync(f => f.Id == feedbackId, cancellationToken);
        if (item is null)
        {
            return SlaActionResult.Refused("Không tìm thấy phản ánh.");
        }

        var now = time.GetUtcNow();
        var terms = await policies.TermsForAsync(item, cancellationToken);
        try
        {
            item.ApplySla(terms);
            act(item, terms, now);
            await db.SaveChangesAsync(cancellationToken);
            return SlaActionResult.Done;
        }
        catch (InvalidTransitionException ex)
        {
            db.ChangeTracker.Clear();
            return SlaActionResult.Refused(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SlaActionResult.Refused("Phản ánh vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại.");
        }
    }
}
