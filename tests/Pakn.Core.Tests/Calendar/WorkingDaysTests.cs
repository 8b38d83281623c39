using Pakn.Core.Calendar;
using static Pakn.Core.Tests.Calendar.VietnamTime;

namespace Pakn.Core.Tests.Calendar;

/// <summary>
/// Deadlines in working days: counted from the working day after the day of receipt, due at the end
/// of the Nth such day (17:00 on the default calendar), whatever the hour of receipt.
/// </summary>
public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData("2026-03-06 16:00", 10, "2026-03-20 17:00")] // received Friday afternoon
    [InlineData("2026-03-06 18:00", 10, "2026-03-20 17:00")] // received Friday after hours: same day of receipt
    [InlineData("2026-03-06 00:05", 10, "2026-03-20 17:00")]
    [InlineData("2026-03-07 10:00", 10, "2026-03-20 17:00")] // received Saturday: Monday is day one
    [InlineData("2026-03-09 08:00", 1, "2026-03-10 17:00")]
    [InlineData("2026-03-09 08:00", 5, "2026-03-16 17:00")]
    [InlineData("2026-02-12 09:00", 5, "2026-02-26 17:00")] // Friday 13/2 is day one, then Tết
    [InlineData("2026-02-17 10:00", 1, "2026-02-23 17:00")] // received online on mùng 1
    [InlineData("2026-04-24 10:00", 3, "2026-05-04 17:00")] // 27/4, 30/4 and 1/5 off
    [InlineData("2026-08-31 14:00", 1, "2026-09-03 17:00")]
    [InlineData("2025-12-31 09:00", 2, "2026-01-05 17:00")] // 1/1 off, Friday 2/1 is day one
    [InlineData("2026-12-31 09:00", 1, "2027-01-04 17:00")]
    [InlineData("2026-12-21 09:00", 10, "2027-01-05 17:00")]
    public void Should_give_the_end_of_the_nth_working_day_after_receipt_when_adding_working_days(string received, int days, string expected)
    {
        var deadline = Default.AddWorkingDays(At(received), days);

        Assert.Equal(At(expected), deadline);
        Assert.Equal(TimeSpan.Zero, deadline.Offset);
    }

    [Fact]
    public void Should_end_at_the_last_working_period_when_the_calendar_has_other_hours()
    {
        var calendar = With(new WorkingCalendarOptions { Periods = ["08:00-12:00"] });

        Assert.Equal(At("2026-03-09 12:00"), calendar.AddWorkingDays(At("2026-03-06 11:00"), 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Should_refuse_when_the_number_of_working_days_is_not_positive(int days)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Default.AddWorkingDays(At("2026-03-06 10:00"), days));
    }
}
