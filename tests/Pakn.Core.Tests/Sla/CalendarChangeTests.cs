using Pakn.Core.Calendar;
using Pakn.Core.Feedback;
using Pakn.Core.Notifications;
using Pakn.Core.Sla;
using Pakn.Core.Tests.Calendar;
using static Pakn.Core.Tests.Sla.SlaFixtures;

namespace Pakn.Core.Tests.Sla;

/// <summary>
/// Days off and make-up days announced after an item was received move the deadlines still
/// running on it. The item is received Monday 23/11/2026 08:00; its resolution deadline is ten
/// working days later, Monday 07/12/2026 17:00.
/// </summary>
public class CalendarChangeTests
{
    private const string Admin = "quantri";
    private static readonly DateTimeOffset Due = T("2026-12-07 17:00");

    private static DateTimeOffset T(string local) => VietnamTime.At(local);

    private static FeedbackItem WithEmail(FeedbackItem item)
    {
        item.Contact.Email = "dan@example.vn";
        return item;
    }

    private static CalendarChange DaysOff(string at, params string[] dates) =>
        new(VietnamTime.Default, VietnamTime.With(new WorkingCalendarOptions { ExtraHolidays = [.. dates.Select(VietnamTime.Day)] }),
            dates.Select(VietnamTime.Day), T(at));

    private static CalendarChange MakeUpDays(string at, params string[] dates) =>
        new(VietnamTime.Default, VietnamTime.With(new WorkingCalendarOptions { ExtraWorkingDays = [.. dates.Select(VietnamTime.Day)] }),
            dates.Select(VietnamTime.Day), T(at));

    [Fact]
    public void Should_move_the_resolution_deadline_one_working_day_later_when_a_day_off_falls_inside_it()
    {
        var item = InProgress();
        Assert.Equal(Due, item.ResolutionDueAt);
        Assert.Equal(T("2026-12-03 09:30"), item.ResolutionWarnAt);

        var moved = item.FollowCalendarChange(DaysOff("2026-11-25 10:00", "2026-12-02"), Default, Admin, "thêm ngày nghỉ 02/12/2026");

        Assert.True(moved);
        Assert.Equal(T("2026-12-08 17:00"), item.ResolutionDueAt);
        Assert.Equal(T("2026-12-04 09:30"), item.ResolutionWarnAt);
        var note = item.Audit[^1];
        Assert.Equal(Admin, note.Actor);
        Assert.Equal(
            "Hạn xử lý được tính lại theo lịch nghỉ mới (thêm ngày nghỉ 02/12/2026): hạn giải quyết từ 17:00 ngày 07/12/2026 thành 17:00 ngày 08/12/2026.",
            note.Note);
    }

    [Fact]
    public void Should_breach_at_the_new_deadline_and_not_at_the_old_one_when_the_sweeper_checks()
    {
        var item = InProgress();
        item.FollowCalendarChange(DaysOff("2026-11-25 10:00", "2026-12-02"), Default, Admin, "thêm ngày nghỉ");

        Assert.DoesNotContain(item.CheckSla(Due.AddMinutes(1)), e => e.Clock == SlaClock.Resolution && e.Breached);
        Assert.False(item.Overdue);
        Assert.Equal(T("2026-12-08 17:00"), item.SlaCheckAt);
        Assert.Contains(item.CheckSla(T("2026-12-08 17:00")), e => e.Clock == SlaClock.Resolution && e.Breached);
    }

    [Fact]
    public void Should_tell_an_acknowledged_citizen_the_new_answer_date_when_a_day_off_moves_it()
    {
        var item = InProgress();
        item.TakeCitizenNotices();

        item.FollowCalendarChange(DaysOff("2026-11-25 10:00", "2026-12-02"), Default, Admin, "thêm ngày nghỉ 02/12/2026");

        var notice = Assert.Single(item.TakeCitizenNotices());
        Assert.Equal(new CitizenNotice(CitizenNoticeKind.DeadlineMoved, T("2026-11-25 10:00"), NewDueAt: T("2026-12-08 17:00"), PreviousDueAt: Due), notice);
        var message = Assert.Single(CitizenNotifications.For(WithEmail(item), notice));
        Assert.Equal("citizen.deadlinemoved", message.Kind);
        Assert.Equal(
            $"Do lịch nghỉ, ngày làm bù của cơ quan nhà nước vừa được điều chỉnh, hạn trả lời phản ánh, kiến nghị mã số {item.TrackingCode} của Ông/Bà được tính lại từ ngày 07/12/2026 thành ngày 08/12/2026. Ông/Bà có thể theo dõi tiến độ tại trang tra cứu.",
            message.Body);
    }

    [Fact]
    public void Should_not_message_a_citizen_who_was_never_told_an_answer_date()
    {
        var item = Assigned();
        item.TakeCitizenNotices();

        var moved = item.FollowCalendarChange(DaysOff("2026-11-25 10:00", "2026-12-02"), Default, Admin, "thêm ngày nghỉ");

        Assert.True(moved);
        Assert.Empty(item.TakeCitizenNotices());
    }

    [Fact]
    public void Should_change_nothing_when_the_day_off_falls_after_every_running_deadline()
    {
        var item = InProgress();
        var (version, audit) = (item.Version, item.Audit.Count);

        var moved = item.FollowCalendarChange(DaysOff("2026-11-25 10:00", "2026-12-09"), Default, Admin, "thêm ngày nghỉ");

        Assert.False(moved);
        Assert.Equal(Due, item.ResolutionDueAt);
        Assert.Equal((version, audit), (item.Version, item.Audit.Count));
    }

    [Fact]
    public void Should_leave_an_answered_item_and_a_deadline_already_passed_untouched()
    {
        var answered = InProgress();
        answered.Respond("Đã thay bóng đèn kiệt 45.", Officer, T("2026-11-27 10:00"));
        var late = InProgress();

        Assert.False(answered.FollowCalendarChange(DaysOff("2026-11-30 10:00", "2026-12-02"), Default, Admin, "thêm ngày nghỉ"));
        Assert.False(late.FollowCalendarChange(DaysOff("2026-12-08 08:00", "2026-12-02"), Default, Admin, "thêm ngày nghỉ"));
        Assert.Equal(Due, answered.ResolutionDueAt);
        Assert.Equal(Due, late.ResolutionDueAt);
    }

    [Fact]
    public void Should_keep_the_working_days_of_an_approved_extension_from_the_same_start()
    {
        var item = InProgress();
        item.RequestExtension("Chờ nhà thầu", T("2026-12-14 17:00"), Officer, T("2026-12-03 08:00"));
        item.ApproveExtension(Terms, "truongphong", T("2026-12-03 10:00"));

        item.FollowCalendarChange(DaysOff("2026-12-04 10:00", "2026-12-10"), Default, Admin, "thêm ngày nghỉ");

        Assert.Equal(T("2026-12-15 17:00"), item.ResolutionDueAt);
        Assert.Equal(Due, item.ExtensionMissedDueAt);
    }

    [Fact]
    public void Should_move_a_pending_extension_date_with_the_deadline_it_extends()
    {
        var item = InProgress();
        item.RequestExtension("Chờ nhà thầu", T("2026-12-14 17:00"), Officer, T("2026-12-01 08:00"));

        item.FollowCalendarChange(DaysOff("2026-12-01 10:00", "2026-12-02"), Default, Admin, "thêm ngày nghỉ");

        Assert.Equal(T("2026-12-08 17:00"), item.ResolutionDueAt);
        Assert.Equal(T("2026-12-15 17:00"), item.ExtensionNewDueAt);
    }

    [Fact]
    public void Should_bring_the_deadline_one_working_day_earlier_when_a_saturday_inside_it_is_worked()
    {
        var item = InProgress();

        item.FollowCalendarChange(MakeUpDays("2026-11-25 10:00", "2026-11-28"), Default, Admin, "thêm ngày làm bù 28/11/2026");

        Assert.Equal(T("2026-12-04 17:00"), item.ResolutionDueAt);
        Assert.Contains("hạn giải quyết từ 17:00 ngày 07/12/2026 thành 17:00 ngày 04/12/2026", item.Audit[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_never_make_an_item_overdue_after_the_fact_when_a_past_saturday_is_made_a_working_day()
    {
        // On the deadline's own morning the earlier deadline would be last Friday: it stays.
        var item = InProgress();

        var moved = item.FollowCalendarChange(MakeUpDays("2026-12-07 09:00", "2026-11-28"), Default, Admin, "thêm ngày làm bù");

        Assert.False(moved);
        Assert.Equal(Due, item.ResolutionDueAt);
        Assert.False(item.Overdue);
    }

    [Fact]
    public void Should_leave_the_unit_the_whole_next_working_day_when_make_up_days_bring_a_deadline_earlier()
    {
        // Two worked weekend days would end it on Thursday 03/12 17:00; decided that Thursday
        // morning, it ends on Friday 04/12 17:00 instead (and never later than before).
        var item = InProgress();

        item.FollowCalendarChange(MakeUpDays("2026-12-03 09:00", "2026-11-28", "2026-11-29"), Default, Admin, "thêm ngày làm bù");

        Assert.Equal(T("2026-12-04 17:00"), item.ResolutionDueAt);
    }

    [Fact]
    public void Should_move_nothing_when_the_calendar_is_the_same_after_the_change()
    {
        var item = InProgress();
        var version = item.Version;
        var same = new CalendarChange(VietnamTime.Default, VietnamTime.Default, [VietnamTime.Day("2026-12-02")], T("2026-11-25 10:00"));

        Assert.True(same.IsEmpty);
        Assert.False(item.FollowCalendarChange(same, Default, Admin, "lưu lại ngày nghỉ"));
        Assert.Equal(version, item.Version);
    }

    [Fact]
    public void Should_count_the_wait_for_the_citizen_on_the_new_calendar_when_the_day_off_falls_in_it()
    {
        // Paused on Wednesday 25/11 09:00, Thursday 26/11 declared a day off, resumed Friday 27/11
        // 09:00: ten working days without 26/11 end on 08/12, plus one working day paused.
        var item = InProgress();
        item.RequestInformation("Xin cho biết số nhà cụ thể.", Officer, T("2026-11-25 09:00"));
        var change = DaysOff("2026-11-25 10:00", "2026-11-26");

        item.FollowCalendarChange(change, Default, Admin, "thêm ngày nghỉ");
        item.ReceiveInformation(Actors.Citizen, T("2026-11-27 09:00"));
        item.ApplySla(new SlaTerms(Default, change.After));

        Assert.Equal(T("2026-12-09 17:00"), item.ResolutionDueAt);
    }

    [Fact]
    public void Should_count_working_hours_again_for_an_urgent_item_when_a_storm_closes_offices_on_its_day()
    {
        // Khẩn, received Monday 08:00: first response by 10:00, resolution by 14:00 (working
        // hours). Declared at 09:00 that Monday a day off: the four working hours run on Tuesday
        // from 07:30; the first response keeps its wall-clock cap of 24 hours.
        var item = Assigned(new SlaTerms(Urgent, VietnamTime.Default), Severity.Urgent);
        Assert.Equal((T("2026-11-23 10:00"), T("2026-11-23 14:00")), (item.FirstResponseDueAt, item.ResolutionDueAt));

        item.FollowCalendarChange(DaysOff("2026-11-23 09:00", "2026-11-23"), Urgent, Admin, "thêm ngày nghỉ do bão");

        Assert.Equal(T("2026-11-24 08:00"), item.FirstResponseDueAt);
        Assert.Equal(T("2026-11-24 11:30"), item.ResolutionDueAt);
        Assert.Contains("hạn phản hồi từ 10:00 ngày 23/11/2026 thành 08:00 ngày 24/11/2026", item.Audit[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_move_the_update_deadline_when_the_day_off_falls_inside_it()
    {
        var item = InProgress();
        Assert.Equal(T("2026-11-30 17:00"), item.UpdateDueAt);

        item.FollowCalendarChange(DaysOff("2026-11-24 10:00", "2026-11-26"), Default, Admin, "thêm ngày nghỉ");

        Assert.Equal(T("2026-12-01 17:00"), item.UpdateDueAt);
        Assert.Equal(T("2026-12-08 17:00"), item.ResolutionDueAt);
        Assert.Contains("hạn cập nhật tiến độ", item.Audit[^1].Note, StringComparison.Ordinal);
    }
}
