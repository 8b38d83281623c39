using Pakn.Core.Calendar;
using Pakn.Core.Feedback;
using Pakn.Handlers.Sla;

namespace Pakn.Handlers.Tests;

public class DueTimesTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Create(new WorkingCalendarOptions(), [2025, 2026, 2027]);
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, Vietnam);

    [Fact]
    public void Should_give_24_wall_clock_hours_for_the_first_response_even_over_a_weekend()
    {
        var received = Local(2026, 11, 20, 16);

        var (firstResponse, _) = DueTimes.For(Calendar, received, 10, Severity.Normal);

        Assert.Equal(Local(2026, 11, 21, 16), firstResponse);
    }

    [Theory]
    // Friday afternoon, 10 working days: counted from Monday, due at 17:00 on the tenth.
    [InlineData(2026, 11, 20, 16, 10, 2026, 12, 4)]
    // Just before Tết 2026 (16–20/2 off): the holiday week does not count.
    [InlineData(2026, 2, 13, 10, 5, 2026, 2, 27)]
    // 30/4 and 1/5/2026 (Thu, Fri) are off.
    [InlineData(2026, 4, 29, 9, 2, 2026, 5, 5)]
    // Year end: 1/1/2027 is off.
    [InlineData(2026, 12, 30, 9, 2, 2027, 1, 4)]
    public void Should_count_the_fields_working_days_for_resolution(
        int year, int month, int day, int hour, int days, int dueYear, int dueMonth, int dueDay)
    {
        var (_, resolution) = DueTimes.For(Calendar, Local(year, month, day, hour), days, Severity.Normal);

        Assert.Equal(Local(dueYear, dueMonth, dueDay, 17), resolution);
    }

    [Fact]
    public void Should_never_give_less_than_one_working_day()
    {
        var (_, resolution) = DueTimes.For(Calendar, Local(2026, 11, 23, 8), 0, Severity.Normal);

        Assert.Equal(Local(2026, 11, 24, 17), resolution);
    }

    [Fact]
    public void Should_give_urgent_items_two_and_four_working_hours_on_a_working_day()
    {
        var (firstResponse, resolution) = DueTimes.For(Calendar, Local(2026, 11, 23, 8), 10, Severity.Urgent);

        Assert.Equal(Local(2026, 11, 23, 10), firstResponse);
        Assert.Equal(Local(2026, 11, 23, 14), resolution);
    }

    [Fact]
    public void Should_keep_the_24_hour_promise_for_urgent_items_filed_at_the_weekend()
    {
        var received = Local(2026, 11, 21, 10);

        var (firstResponse, resolution) = DueTimes.For(Calendar, received, 10, Severity.Urgent);

        Assert.Equal(Local(2026, 11, 22, 10), firstResponse);
        Assert.Equal(Local(2026, 11, 23, 11, 30), resolution);
    }
}
