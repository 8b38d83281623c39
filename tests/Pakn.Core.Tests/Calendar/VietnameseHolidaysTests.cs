using System.Globalization;
using Pakn.Core.Calendar;
using static Pakn.Core.Tests.Calendar.VietnamTime;

namespace Pakn.Core.Tests.Calendar;

public sealed class VietnameseHolidaysTests
{
    public static TheoryData<int, string[]> StatutoryYears => new()
    {
        {
            2025,
            [
                "2025-01-01 Statutory Tết Dương lịch",
                // Month 12 of Giáp Thìn has 29 days: 28/1 is its last day; mùng 4 (1/2) is a Saturday.
                "2025-01-28 Statutory Tết Nguyên đán",
                "2025-01-29 Statutory Tết Nguyên đán",
                "2025-01-30 Statutory Tết Nguyên đán",
                "2025-01-31 Statutory Tết Nguyên đán",
                "2025-02-01 Statutory Tết Nguyên đán",
                "2025-02-03 Compensatory Nghỉ bù Tết Nguyên đán",
                "2025-04-07 Statutory Giỗ Tổ Hùng Vương",
                "2025-04-30 Statutory Ngày Chiến thắng",
                "2025-05-01 Statutory Ngày Quốc tế Lao động",
                "2025-09-01 Statutory Quốc khánh",
                "2025-09-02 Statutory Quốc khánh",
            ]
        },
        {
            2026,
            [
                "2026-01-01 Statutory Tết Dương lịch",
                "2026-02-16 Statutory Tết Nguyên đán",
                "2026-02-17 Statutory Tết Nguyên đán",
                "2026-02-18 Statutory Tết Nguyên đán",
                "2026-02-19 Statutory Tết Nguyên đán",
                "2026-02-20 Statutory Tết Nguyên đán",
                "2026-04-26 Statutory Giỗ Tổ Hùng Vương",
                "2026-04-27 Compensatory Nghỉ bù Giỗ Tổ Hùng Vương",
                "2026-04-30 Statutory Ngày Chiến thắng",
                "2026-05-01 Statutory Ngày Quốc tế Lao động",
                "2026-09-01 Statutory Quốc khánh",
                "2026-09-02 Statutory Quốc khánh",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(StatutoryYears))]
    public void Should_list_statutory_days_and_compensation_when_asked_for_a_year(int year, string[] expected)
    {
        var actual = VietnameseHolidays.For(year)
            .Select(h => $"{h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {h.Kind} {h.Name}");

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(2021, "2021-09-03")] // 2/9 Thursday: Friday bridges to the weekend
    [InlineData(2022, "2022-09-01")] // Friday: Thursday (Saturday is no weekday)
    [InlineData(2023, "2023-09-01")] // Saturday: Friday
    [InlineData(2024, "2024-09-03")] // Monday: Tuesday (Sunday is no weekday)
    [InlineData(2025, "2025-09-01")] // Tuesday: Monday bridges to the weekend
    [InlineData(2026, "2026-09-01")] // Wednesday: neither bridges, the day before
    [InlineData(2027, "2027-09-03")] // Thursday: Friday
    [InlineData(2029, "2029-09-03")] // Sunday: Monday
    public void Should_pick_the_adjacent_weekday_when_placing_the_second_day_of_Quoc_khanh(int year, string adjacent)
    {
        var quocKhanh = VietnameseHolidays.For(year)
            .Where(h => h.Kind == HolidayKind.Statutory && h.Name == VietnameseHolidays.NationalDay)
            .Select(h => h.Date);

        Assert.Equal(new[] { Day(adjacent), new DateOnly(year, 9, 2) }.Order(), quocKhanh.Order());
    }

    [Theory]
    [InlineData("2022-01-01", "2022-01-03")] // Saturday
    [InlineData("2023-01-01", "2023-01-02")] // Sunday
    [InlineData("2022-04-30", "2022-05-02")] // 30/4 Saturday and 1/5 Sunday: Monday and Tuesday
    [InlineData("2022-05-01", "2022-05-03")]
    [InlineData("2023-04-29", "2023-05-02")] // Giỗ Tổ Saturday, 30/4 Sunday, 1/5 Monday: after the holidays
    [InlineData("2023-04-30", "2023-05-03")]
    [InlineData("2023-09-02", "2023-09-04")] // Saturday, with Friday 1/9 the adjacent day
    [InlineData("2029-09-02", "2029-09-04")] // Sunday, with Monday 3/9 the adjacent day
    [InlineData("2024-02-10", "2024-02-14")] // Tết Saturday and Sunday: after mùng 4
    [InlineData("2024-02-11", "2024-02-15")]
    public void Should_give_the_next_free_working_day_off_when_a_holiday_falls_on_a_weekend(string holiday, string compensation)
    {
        var holidays = VietnameseHolidays.For(Day(holiday).Year);
        var weekendHoliday = Assert.Single(holidays, h => h.Date == Day(holiday));
        var compensatory = Assert.Single(holidays, h => h.Date == Day(compensation));

        Assert.Equal(HolidayKind.Statutory, weekendHoliday.Kind);
        Assert.Equal(HolidayKind.Compensatory, compensatory.Kind);
        Assert.Equal($"Nghỉ bù {weekendHoliday.Name}", compensatory.Name);
    }

    [Theory]
    [InlineData(2024, "2024-02-09")] // month 12 of Quý Mão has 30 days
    [InlineData(2025, "2025-01-28")]
    [InlineData(2026, "2026-02-16")]
    [InlineData(2027, "2027-02-05")]
    public void Should_start_Tet_on_the_last_day_of_the_lunar_year_when_using_the_default_days(int year, string firstDay)
    {
        var tet = VietnameseHolidays.For(year)
            .Where(h => h.Kind == HolidayKind.Statutory && h.Name == VietnameseHolidays.LunarNewYear)
            .Select(h => h.Date);

        Assert.Equal(Enumerable.Range(0, 5).Select(Day(firstDay).AddDays), tet);
        Assert.Equal(LunarCalendar.NewYear(year), Day(firstDay).AddDays(1));
    }

    [Fact]
    public void Should_never_give_a_day_twice_or_a_compensation_on_a_weekend_when_listing_any_supported_year()
    {
        for (var year = VietnameseHolidays.FirstYear; year <= LunarCalendar.MaxYear; year++)
        {
            var holidays = VietnameseHolidays.For(year);

            Assert.Equal(holidays.Count, holidays.Select(h => h.Date).Distinct().Count());
            Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
            Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
            Assert.All(
                holidays.Where(h => h.Kind == HolidayKind.Compensatory),
                h => Assert.True(h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{h.Date} {h.Name}"));
            var onWeekends = holidays.Count(h => h.Kind == HolidayKind.Statutory
                && h.Date.DayOfWeek is (DayOfWeek.Saturday or DayOfWeek.Sunday));
            Assert.Equal(onWeekends, holidays.Count(h => h.Kind == HolidayKind.Compensatory));
            Assert.Equal(11, holidays.Count(h => h.Kind == HolidayKind.Statutory));
        }
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2200)]
    public void Should_refuse_when_the_year_is_outside_the_Labour_Code_2019_and_the_lunar_tables(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseHolidays.For(year));
    }
}
