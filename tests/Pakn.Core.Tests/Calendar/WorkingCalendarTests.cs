using Pakn.Core.Calendar;
using static Pakn.Core.Tests.Calendar.VietnamTime;

namespace Pakn.Core.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    [Theory]
    [InlineData("2026-03-04", true)] // Wednesday
    [InlineData("2026-03-07", false)] // Saturday
    [InlineData("2026-03-08", false)] // Sunday
    [InlineData("2026-01-01", false)] // Tết Dương lịch
    [InlineData("2026-01-02", true)]
    [InlineData("2026-02-13", true)] // Friday before Tết
    [InlineData("2026-02-16", false)] // 29 tháng Chạp
    [InlineData("2026-02-20", false)] // mùng 4
    [InlineData("2026-02-23", true)]
    [InlineData("2026-04-27", false)] // nghỉ bù Giỗ Tổ
    [InlineData("2026-04-28", true)]
    [InlineData("2026-04-30", false)]
    [InlineData("2026-05-01", false)]
    [InlineData("2026-05-04", true)]
    [InlineData("2026-09-01", false)]
    [InlineData("2026-09-02", false)]
    [InlineData("2026-09-03", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-01-01", false)]
    [InlineData("2025-02-03", false)] // nghỉ bù for mùng 4 Tết on a Saturday
    public void Should_tell_working_days_when_the_calendar_has_the_statutory_holidays(string date, bool working)
    {
        Assert.Equal(working, Default.IsWorkingDay(Day(date)));
    }

    [Theory]
    [InlineData("2026-03-04 07:29", false)]
    [InlineData("2026-03-04 07:30", true)]
    [InlineData("2026-03-04 11:29", true)]
    [InlineData("2026-03-04 11:30", false)]
    [InlineData("2026-03-04 12:45", false)]
    [InlineData("2026-03-04 13:30", true)]
    [InlineData("2026-03-04 16:59", true)]
    [InlineData("2026-03-04 17:00", false)]
    [InlineData("2026-03-04 22:00", false)]
    [InlineData("2026-03-07 09:00", false)]
    [InlineData("2026-02-18 09:00", false)]
    public void Should_tell_working_time_when_given_a_local_instant(string local, bool working)
    {
        Assert.Equal(working, Default.IsWorkingTime(At(local)));
    }

    [Fact]
    public void Should_use_Vietnamese_time_when_the_instant_is_given_in_another_offset()
    {
        // 00:30 UTC is 07:30 in Hà Nội; 10:00 UTC on Friday is 17:00 there.
        Assert.True(Default.IsWorkingTime(DateTimeOffset.Parse("2026-03-04T00:30:00Z", null)));
        Assert.False(Default.IsWorkingTime(DateTimeOffset.Parse("2026-03-04T00:29:00Z", null)));
        Assert.False(Default.IsWorkingTime(DateTimeOffset.Parse("2026-03-06T12:00:00+02:00", null)));
        Assert.True(Default.IsWorkingTime(DateTimeOffset.Parse("2026-03-06T11:59:00+02:00", null)));
    }

    [Fact]
    public void Should_count_a_swapped_Saturday_when_it_is_a_working_day()
    {
        var calendar = With(new WorkingCalendarOptions { ExtraWorkingDays = [Day("2026-03-07")] });

        Assert.True(calendar.IsWorkingDay(Day("2026-03-07")));
        Assert.True(calendar.IsWorkingTime(At("2026-03-07 09:00")));
        Assert.False(calendar.IsWorkingDay(Day("2026-03-14")));
        Assert.Equal(At("2026-03-07 10:30"), calendar.AddWorkingTime(At("2026-03-06 16:00"), TimeSpan.FromHours(4)));
        Assert.Equal(TimeSpan.FromHours(7.5), calendar.WorkingTimeBetween(At("2026-03-07 00:00"), At("2026-03-08 00:00")));
        Assert.Equal(At("2026-03-07 17:00"), calendar.AddWorkingDays(At("2026-03-06 10:00"), 1));
    }

    [Fact]
    public void Should_follow_the_year_decision_when_a_statutory_day_is_moved()
    {
        // The government fixes the second day of Quốc khánh each year; here it chose 3/9 over 1/9.
        var calendar = With(new WorkingCalendarOptions
        {
            ExtraWorkingDays = [Day("2026-09-01")],
            ExtraHolidays = [Day("2026-09-03")],
        });

        Assert.True(calendar.IsWorkingDay(Day("2026-09-01")));
        Assert.False(calendar.IsWorkingDay(Day("2026-09-03")));
        Assert.DoesNotContain(calendar.Holidays, h => h.Date == Day("2026-09-01"));
        Assert.Contains(new Holiday(Day("2026-09-03"), VietnameseHolidays.Swapped, HolidayKind.Swap), calendar.Holidays);
    }

    [Fact]
    public void Should_hold_the_statutory_holidays_of_the_given_years_when_created()
    {
        Assert.Equal(
            VietnameseHolidays.For(2025).Concat(VietnameseHolidays.For(2026)).Concat(VietnameseHolidays.For(2027)),
            Default.Holidays);
        Assert.Equal("Asia/Ho_Chi_Minh", Default.TimeZone.Id);
        Assert.Equal(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            Default.WorkingDays.Order());
        Assert.Equal(["07:30-11:30", "13:30-17:00"], Default.Periods.Select(p => p.ToString()));
    }

    [Fact]
    public void Should_refuse_a_calendar_when_no_day_of_the_week_is_worked()
    {
        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(
            Default.TimeZone, [], Default.Periods, [], [Day("2026-03-07")]));

        Assert.Contains("working day", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_calendar_when_a_day_has_no_working_period()
    {
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(
            Default.TimeZone, Default.WorkingDays, [], [], []));
    }

    [Fact]
    public void Should_refuse_a_calendar_when_working_periods_overlap()
    {
        var options = new WorkingCalendarOptions { Periods = ["07:30-11:30", "11:00-17:00"] };

        Assert.Throws<ArgumentException>(() => With(options));
    }

    [Fact]
    public void Should_refuse_a_calendar_when_a_date_is_both_a_day_off_and_a_working_day()
    {
        var options = new WorkingCalendarOptions
        {
            ExtraHolidays = [Day("2026-05-02")],
            ExtraWorkingDays = [Day("2026-05-02")],
        };

        var error = Assert.Throws<ArgumentException>(() => With(options));
        Assert.Contains("2026-05-02", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_calendar_when_the_time_zone_is_unknown()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => With(new WorkingCalendarOptions { TimeZone = "Mars/Olympus_Mons" }));
    }
}
