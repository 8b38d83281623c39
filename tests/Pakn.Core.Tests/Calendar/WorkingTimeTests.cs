using Pakn.Core.Calendar;
using static Pakn.Core.Tests.Calendar.VietnamTime;

namespace Pakn.Core.Tests.Calendar;

/// <summary>Working hours on the default calendar: 07:30–11:30 and 13:30–17:00, Monday to Friday.</summary>
public sealed class WorkingTimeTests
{
    [Theory]
    [InlineData("2026-03-04 08:00", 2, "2026-03-04 10:00")] // within the morning
    [InlineData("2026-03-04 10:30", 2, "2026-03-04 14:30")] // across lunch
    [InlineData("2026-03-04 09:30", 2, "2026-03-04 11:30")] // ends as the morning ends, not after lunch
    [InlineData("2026-03-04 12:00", 1, "2026-03-04 14:30")] // starts during lunch
    [InlineData("2026-03-04 06:00", 1, "2026-03-04 08:30")] // starts before work
    [InlineData("2026-03-04 11:00", 0.25, "2026-03-04 11:15")]
    [InlineData("2026-03-04 00:00", 7.5, "2026-03-04 17:00")] // one whole day
    [InlineData("2026-03-04 16:00", 4, "2026-03-05 10:30")] // khẩn across the night
    [InlineData("2026-03-04 18:00", 4, "2026-03-05 11:30")] // received after hours
    [InlineData("2026-03-06 16:00", 4, "2026-03-09 10:30")] // across the weekend
    [InlineData("2026-03-07 09:00", 4, "2026-03-09 11:30")] // received on Saturday
    [InlineData("2026-03-02 07:30", 37.5, "2026-03-06 17:00")] // one week
    [InlineData("2026-03-02 07:30", 75, "2026-03-13 17:00")] // two weeks
    [InlineData("2026-02-13 15:00", 4, "2026-02-23 09:30")] // Tết 2026: 14/2 to 22/2 off
    [InlineData("2026-02-17 10:00", 2, "2026-02-23 09:30")] // received on mùng 1
    [InlineData("2026-04-24 16:00", 4, "2026-04-28 10:30")] // nghỉ bù Giỗ Tổ on Monday 27/4
    [InlineData("2026-04-29 16:00", 4, "2026-05-04 10:30")] // 30/4 and 1/5, then the weekend
    [InlineData("2026-08-31 16:00", 4, "2026-09-03 10:30")] // 1/9 and 2/9
    [InlineData("2025-12-31 16:00", 4, "2026-01-02 10:30")] // 31/12 to 2/1
    [InlineData("2026-12-31 16:00", 4, "2027-01-04 10:30")] // 1/1/2027 is a Friday
    public void Should_add_working_hours_when_given_a_start_and_a_duration(string start, double hours, string expected)
    {
        var deadline = Default.AddWorkingTime(At(start), TimeSpan.FromHours(hours));

        Assert.Equal(At(expected), deadline);
        Assert.Equal(TimeSpan.Zero, deadline.Offset);
    }

    [Theory]
    [InlineData("2026-03-04 10:00")]
    [InlineData("2026-03-07 10:00")]
    public void Should_return_the_start_when_adding_no_working_time(string start)
    {
        Assert.Equal(At(start), Default.AddWorkingTime(At(start), TimeSpan.Zero));
    }

    [Fact]
    public void Should_refuse_when_adding_negative_working_time()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Default.AddWorkingTime(At("2026-03-04 10:00"), TimeSpan.FromMinutes(-1)));
    }

    [Theory]
    [InlineData("2026-03-04 08:00", "2026-03-04 10:00", 2)]
    [InlineData("2026-03-04 10:30", "2026-03-04 14:30", 2)]
    [InlineData("2026-03-04 00:00", "2026-03-05 00:00", 7.5)]
    [InlineData("2026-03-04 16:00", "2026-03-05 10:30", 4)]
    [InlineData("2026-03-06 16:00", "2026-03-09 10:30", 4)]
    [InlineData("2026-02-13 15:00", "2026-02-23 09:30", 4)]
    [InlineData("2026-04-29 16:00", "2026-05-04 10:30", 4)]
    [InlineData("2026-08-31 16:00", "2026-09-03 10:30", 4)]
    [InlineData("2026-12-31 16:00", "2027-01-04 10:30", 4)]
    [InlineData("2026-03-02 07:30", "2026-03-13 17:00", 75)]
    // 261 weekdays in 2026, 11 of them holidays: 250 days of 7.5 hours.
    [InlineData("2026-01-01 00:00", "2027-01-01 00:00", 1875)]
    public void Should_measure_working_hours_in_either_direction_when_given_two_instants(string from, string to, double hours)
    {
        Assert.Equal(TimeSpan.FromHours(hours), Default.WorkingTimeBetween(At(from), At(to)));
        Assert.Equal(TimeSpan.FromHours(-hours), Default.WorkingTimeBetween(At(to), At(from)));
    }

    [Theory]
    [InlineData("2026-03-04 10:00", "2026-03-04 10:00")] // empty
    [InlineData("2026-03-04 11:30", "2026-03-04 13:30")] // lunch
    [InlineData("2026-03-04 17:00", "2026-03-05 07:30")] // night
    [InlineData("2026-03-06 17:00", "2026-03-09 07:30")] // weekend
    [InlineData("2026-02-13 17:00", "2026-02-23 07:30")] // Tết
    [InlineData("2026-04-24 17:00", "2026-04-28 07:30")] // Giỗ Tổ and its nghỉ bù
    [InlineData("2026-04-29 17:00", "2026-05-04 07:30")] // 30/4–1/5
    [InlineData("2026-08-31 17:00", "2026-09-03 07:30")] // 2/9
    [InlineData("2026-12-31 17:00", "2027-01-04 07:30")] // year end
    public void Should_measure_no_working_time_when_the_span_is_outside_working_hours(string from, string to)
    {
        Assert.Equal(TimeSpan.Zero, Default.WorkingTimeBetween(At(from), At(to)));
        Assert.Equal(TimeSpan.Zero, Default.WorkingTimeBetween(At(to), At(from)));
    }

    [Fact]
    public void Should_agree_with_itself_when_adding_and_measuring_across_Tet_and_year_ends()
    {
        TimeSpan[] durations = [TimeSpan.FromMinutes(1), TimeSpan.FromHours(2), TimeSpan.FromHours(4), TimeSpan.FromHours(7.5), TimeSpan.FromHours(80)];
        (string From, string To)[] windows = [("2026-02-10 00:00", "2026-02-25 00:00"), ("2026-12-28 00:00", "2027-01-06 00:00")];
        var checkedStarts = 0;
        foreach (var (from, to) in windows)
        {
            for (var start = At(from); start < At(to); start = start.AddMinutes(37))
            {
                foreach (var duration in durations)
                {
                    var end = Default.AddWorkingTime(start, duration);
                    Assert.Equal(duration, Default.WorkingTimeBetween(start, end));
                    Assert.True(Default.IsWorkingTime(end.AddTicks(-1)), $"{start} + {duration} ended at {end}, after idle time");
                }

                var later = start.AddHours(31);
                Assert.Equal(
                    Default.WorkingTimeBetween(start, later.AddHours(50)),
                    Default.WorkingTimeBetween(start, later) + Default.WorkingTimeBetween(later, later.AddHours(50)));
                checkedStarts++;
            }
        }

        Assert.True(checkedStarts > 900);
    }
}
