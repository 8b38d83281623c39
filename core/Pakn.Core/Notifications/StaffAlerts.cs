using System.Globalization;
using Pakn.Core.Feedback;

namespace Pakn.Core.Notifications;

/// <summary>Alerts for staff, delivered to the staff inbox of a role in a unit.</summary>
public static class StaffAlerts
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static Notification To(string role, string? unitCode, string kind, Guid? feedbackId, string? trackingCode,
        string subject, string body, DateTimeOffset at) => new()
    {
        CreatedAt = at,
        Kind = kind,
        FeedbackId = feedbackId,
        TrackingCode = trackingCode,
        RecipientKind = RecipientKind.Staff,
        Role = role,
        UnitCode = unitCode,
        Channel = NotificationChannels.StaffInbox,
        Address = StaffRoles.Address(role, unitCode),
        Subject = subject,
        Body = body,
        Link = trackingCode is null ? null : CitizenNotifications.TrackingLink(trackingCode),
        NextAttemptAt = at,
    };

    /// <summary>The warning at the policy's share of a clock: the unit and its head.</summary>
    public static IEnumerable<Notification> Warning(string trackingCode, Guid feedbackId, string? unitCode, SlaClock clock, DateTimeOffset dueAt, DateTimeOffset at)
    {
        var subject = $"Sắp đến hạn {ClockName(clock)}: {trackingCode}";
        var body = $"Phản ánh {trackingCode} sắp đến hạn {ClockName(clock)} lúc {Time(dueAt)}. Đề nghị đơn vị khẩn trương xử lý.";
        yield return To(StaffRoles.Officer, unitCode, "sla.warning", feedbackId, trackingCode, subject, body, at);
        yield return To(StaffRoles.UnitHead, unitCode, "sla.warning", feedbackId, trackingCode, subject, body, at);
    }

    /// <summary>A missed deadline: the unit head and the leader (an update missed: the unit and its head).</summary>
    public static IEnumerable<Notification> Breach(string trackingCode, Guid feedbackId, string? unitCode, SlaClock clock, DateTimeOffset dueAt, DateTimeOffset at)
    {
        var subject = $"Quá hạn {ClockName(clock)}: {trackingCode}";
        var body = $"Phản ánh {trackingCode} đã quá hạn {ClockName(clock)} (hạn {Time(dueAt)}).";
        if (clock == SlaClock.Update)
        {
            yield return To(StaffRoles.Officer, unitCode, "sla.breach", feedbackId, trackingCode, subject, body, at);
            yield return To(StaffRoles.UnitHead, unitCode, "sla.breach", feedbackId, trackingCode, subject, body, at);
            yield break;
        }

        yield return To(StaffRoles.UnitHead, unitCode, "sla.breach", feedbackId, trackingCode, subject, body + " Đề nghị thủ trưởng đơn vị chỉ đạo xử lý ngay.", at);
        yield return To(StaffRoles.Leader, null, "sla.breach", feedbackId, trackingCode, subject, body + $" Đơn vị xử lý: {unitCode ?? "chưa giao"}.", at);
    }

    public static string ClockName(SlaClock clock) => clock switch
    {
        SlaClock.FirstResponse => "phản hồi lần đầu",
        SlaClock.Resolution => "giải quyết",
        SlaClock.Update => "cập nhật tiến độ",
        _ => clock.ToString(),
    };

    public static string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Vietnam).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
}
