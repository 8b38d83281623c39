using Microsoft.Extensions.Configuration;
using Pakn.Core.Calendar;
using static Pakn.Core.Tests.Calendar.VietnamTime;

namespace Pakn.Core.Tests.Calendar;

public sealed class WorkingCalendarOptionsTests
{
    [Theory]
    [InlineData("07:30-11:30", 7, 30, 11, 30)]
    [InlineData("7:30 - 11:30", 7, 30, 11, 30)]
    [InlineData("13:30–17:00", 13, 30, 17, 0)]
    [InlineData("00:00-24:00", 0, 0, 24, 0)]
    public void Should_parse_a_period_when_written_as_start_dash_end(string text, int startHour, int startMinute, int endHour, int endMinute)
    {
        var period = WorkingPeriod.Parse(text);

        Assert.Equal(new TimeSpan(startHour, startMinute, 0), period.Start);
        Assert.Equal(new TimeSpan(endHour, endMinute, 0), period.End);
    }

    [Theory]
    [InlineData("")]
    [InlineData("07:30")]
    [InlineData("11:30-07:30")]
    [InlineData("07:30-07:30")]
    [InlineData("07:60-08:00")]
    [InlineData("23:00-24:30")]
    [InlineData("25:00-26:00")]
    [InlineData("sáng")]
    public void Should_refuse_a_period_when_it_is_not_a_forward_span_of_one_day(string text)
    {
        Assert.Throws<FormatException>(() => WorkingPeriod.Parse(text));
    }

    [Fact]
    public void Should_build_a_calendar_when_bound_from_configuration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Pakn:Calendar:TimeZone"] = "Asia/Ho_Chi_Minh",
                ["Pakn:Calendar:WorkingDays:0"] = "Monday",
                ["Pakn:Calendar:WorkingDays:1"] = "Tuesday",
                ["Pakn:Calendar:WorkingDays:2"] = "Wednesday",
                ["Pakn:Calendar:WorkingDays:3"] = "Thursday",
                ["Pakn:Calendar:WorkingDays:4"] = "Friday",
                ["Pakn:Calendar:WorkingDays:5"] = "Saturday",
                ["Pakn:Calendar:Periods:0"] = "08:00-12:00",
                ["Pakn:Calendar:Periods:1"] = "13:00-17:00",
                ["Pakn:Calendar:ExtraHolidays:0"] = "2026-01-02",
                ["Pakn:Calendar:ExtraWorkingDays:0"] = "2026-01-11",
            })
            .Build();

        var options = configuration.GetSection(WorkingCalendarOptions.Section).Get<WorkingCalendarOptions>();
        Assert.NotNull(options);
        var calendar = WorkingCalendar.Create(options, [2026]);

        Assert.Equal(6, calendar.WorkingDays.Count);
        Assert.Equal(["08:00-12:00", "13:00-17:00"], calendar.Periods.Select(p => p.ToString()));
        Assert.True(calendar.IsWorkingDay(Day("2026-03-07")));
        Assert.False(calendar.IsWorkingDay(Day("2026-01-02")));
        Assert.True(calendar.IsWorkingDay(Day("2026-01-11")));
        Assert.False(calendar.IsWorkingDay(Day("2026-02-17")));
        Assert.Equal(TimeSpan.FromHours(8), calendar.WorkingTimeBetween(At("2026-03-07 00:00"), At("2026-03-08 00:00")));
    }

    [Fact]
    public void Should_use_the_Vietnamese_civil_service_week_when_options_are_left_empty()
    {
        var calendar = WorkingCalendar.Create(new WorkingCalendarOptions(), [2026]);

        Assert.Equal(5, calendar.WorkingDays.Count);
        Assert.DoesNotContain(DayOfWeek.Saturday, calendar.WorkingDays);
        Assert.Equal(["07:30-11:30", "13:30-17:00"], calendar.Periods.Select(p => p.ToString()));
        Assert.Equal(TimeSpan.FromHours(37.5), calendar.WorkingTimeBetween(At("2026-03-02 00:00"), At("2026-03-09 00:00")));
    }
}
