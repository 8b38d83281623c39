using System.Globalization;
using Pakn.Core.Calendar;
using static Pakn.Core.Tests.Calendar.VietnamTime;

namespace Pakn.Core.Tests.Calendar;

public sealed class LunarCalendarTests
{
    [Theory]
    [InlineData(2019, "2019-02-05")]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2029, "2029-02-13")]
    // Years where UTC+7 gives a different Tết than the Chinese (UTC+8) calendar. In 2030 the new
    // moon comes at 16:07 UTC on 2 February: 23:07 in Hà Nội, 00:07 on the 3rd in Beijing, so
    // Tết Canh Tuất is 2/2/2030 while 春節 is 3/2 (lists copied from Chinese calendars say 3/2).
    [InlineData(1985, "1985-01-21")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(2030, "2030-02-02")]
    public void Should_give_the_published_date_of_Tet_when_asked_for_a_lunar_new_year(int year, string tet)
    {
        Assert.Equal(Day(tet), LunarCalendar.NewYear(year));
        Assert.Equal(new LunarDate(year, 1, 1, IsLeapMonth: false), LunarCalendar.FromSolar(Day(tet)));

        var lastDayOfYear = LunarCalendar.FromSolar(Day(tet).AddDays(-1));
        Assert.Equal((year - 1, 12, false), (lastDayOfYear.Year, lastDayOfYear.Month, lastDayOfYear.IsLeapMonth));
        Assert.InRange(lastDayOfYear.Day, 29, 30);
    }

    [Theory]
    [InlineData(2022, "2022-04-10")]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2027, "2027-04-16")]
    public void Should_give_the_published_date_of_Gio_To_when_converting_10_3_lunar(int year, string date)
    {
        Assert.Equal(Day(date), LunarCalendar.ToSolar(year, 3, 10));
        Assert.Equal(new LunarDate(year, 3, 10, IsLeapMonth: false), LunarCalendar.FromSolar(Day(date)));
    }

    [Theory]
    [InlineData("2023-02-20", 2023, 2, 1, false)]
    [InlineData("2023-03-21", 2023, 2, 30, false)]
    [InlineData("2023-03-22", 2023, 2, 1, true)]
    [InlineData("2023-04-19", 2023, 2, 29, true)]
    [InlineData("2023-04-20", 2023, 3, 1, false)]
    [InlineData("2025-06-25", 2025, 6, 1, false)]
    [InlineData("2025-07-24", 2025, 6, 30, false)]
    [InlineData("2025-07-25", 2025, 6, 1, true)]
    [InlineData("2025-08-22", 2025, 6, 29, true)]
    [InlineData("2025-08-23", 2025, 7, 1, false)]
    [InlineData("2024-09-17", 2024, 8, 15, false)]
    [InlineData("2025-10-06", 2025, 8, 15, false)]
    [InlineData("2025-12-20", 2025, 11, 1, false)]
    [InlineData("2026-01-01", 2025, 11, 13, false)]
    [InlineData("2026-02-16", 2025, 12, 29, false)]
    public void Should_convert_both_ways_when_the_date_is_in_a_published_calendar(
        string solar, int year, int month, int day, bool leap)
    {
        Assert.Equal(new LunarDate(year, month, day, leap), LunarCalendar.FromSolar(Day(solar)));
        Assert.Equal(Day(solar), LunarCalendar.ToSolar(year, month, day, leap));
    }

    [Theory]
    [InlineData(2012, 4)]
    [InlineData(2014, 9)]
    [InlineData(2017, 6)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    [InlineData(2031, 3)]
    public void Should_find_the_leap_month_when_the_year_has_thirteen_months(int year, int leapMonth)
    {
        Assert.Equal(leapMonth, LunarCalendar.LeapMonth(year));
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2024)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void Should_find_no_leap_month_when_the_year_has_twelve_months(int year)
    {
        Assert.Null(LunarCalendar.LeapMonth(year));
    }

    [Fact]
    public void Should_round_trip_every_day_when_converting_2015_to_2035()
    {
        var days = 0;
        for (var date = new DateOnly(2015, 1, 1); date <= new DateOnly(2035, 12, 31); date = date.AddDays(1))
        {
            var lunar = LunarCalendar.FromSolar(date);
            Assert.Equal(date, LunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
            days++;
        }

        Assert.Equal(7670, days);
    }

    [Fact]
    public void Should_move_one_lunar_day_at_a_time_when_walking_2015_to_2035()
    {
        var previous = LunarCalendar.FromSolar(new DateOnly(2014, 12, 31));
        for (var date = new DateOnly(2015, 1, 1); date <= new DateOnly(2035, 12, 31); date = date.AddDays(1))
        {
            var lunar = LunarCalendar.FromSolar(date);
            if (lunar.Day == 1)
            {
                Assert.InRange(previous.Day, 29, 30);
                Assert.Equal(NextMonth(previous), (lunar.Year, lunar.Month, lunar.IsLeapMonth));
                Assert.Equal(lunar.Month == 1 && !lunar.IsLeapMonth, LunarCalendar.NewYear(lunar.Year) == date);
            }
            else
            {
                Assert.Equal(previous with { Day = previous.Day + 1 }, lunar);
            }

            previous = lunar;
        }
    }

    [Fact]
    public void Should_match_the_Chinese_calendar_tables_when_no_new_moon_falls_between_23h_and_midnight()
    {
        // .NET's ChineseLunisolarCalendar is an independent, table-based UTC+8 calendar. From 1990
        // to 2100 Việt Nam's Tết comes a day earlier three times, and the leap months never differ.
        int[] earlierInVietnam = [2007, 2030, 2053];
        var chinese = new ChineseLunisolarCalendar();
        for (var year = 1990; year <= 2100; year++)
        {
            var chineseNewYear = DateOnly.FromDateTime(chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0));
            var expected = earlierInVietnam.Contains(year) ? chineseNewYear.AddDays(-1) : chineseNewYear;
            Assert.True(expected == LunarCalendar.NewYear(year), $"Tết {year}: {LunarCalendar.NewYear(year)}, expected {expected}");

            // GetLeapMonth counts the leap month itself: 3 means the month after month 2.
            var chineseLeap = chinese.GetLeapMonth(year);
            Assert.Equal(chineseLeap == 0 ? null : chineseLeap - 1, LunarCalendar.LeapMonth(year));
        }
    }

    [Theory]
    [InlineData(2024, 2, 1, true)]
    [InlineData(2023, 3, 1, true)]
    [InlineData(2025, 12, 30, false)]
    [InlineData(2023, 2, 30, true)]
    [InlineData(2025, 13, 1, false)]
    [InlineData(2025, 0, 1, false)]
    [InlineData(2025, 1, 0, false)]
    [InlineData(2025, 1, 31, false)]
    [InlineData(1800, 1, 1, false)]
    [InlineData(2300, 1, 1, false)]
    public void Should_reject_when_the_lunar_date_does_not_exist(int year, int month, int day, bool leap)
    {
        Assert.ThrowsAny<ArgumentException>(() => LunarCalendar.ToSolar(year, month, day, leap));
    }

    [Fact]
    public void Should_reject_when_the_solar_date_is_outside_the_supported_years()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.FromSolar(new DateOnly(1800, 6, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.NewYear(2300));
    }

    /// <summary>The month that follows: the leap repeat if this month has one, else the next number.</summary>
    private static (int Year, int Month, bool Leap) NextMonth(LunarDate date)
    {
        if (!date.IsLeapMonth && LunarCalendar.LeapMonth(date.Year) == date.Month)
        {
            return (date.Year, date.Month, true);
        }

        return date.Month == 12 ? (date.Year + 1, 1, false) : (date.Year, date.Month + 1, false);
    }
}
