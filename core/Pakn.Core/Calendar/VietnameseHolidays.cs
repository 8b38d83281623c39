namespace Pakn.Core.Calendar;

/// <summary>
/// The public holidays of the Labour Code 2019 (Điều 112) for a Monday-to-Friday week, as the
/// defaults an administrator starts from. The Prime Minister fixes the exact Tết days and the
/// second day of Quốc khánh each year (Điều 112.3) and usually adds swaps; those decisions are
/// data (<see cref="WorkingCalendarOptions"/>), not code.
/// </summary>
public static class VietnameseHolidays
{
    public const string NewYear = "Tết Dương lịch";
    public const string LunarNewYear = "Tết Nguyên đán";
    public const string HungKings = "Giỗ Tổ Hùng Vương";
    public const string Victory = "Ngày Chiến thắng";
    public const string Labour = "Ngày Quốc tế Lao động";
    public const string NationalDay = "Quốc khánh";
    public const string Swapped = "Nghỉ hoán đổi";
    public const string CompensatoryPrefix = "Nghỉ bù ";

    /// <summary>The Labour Code 2019 applies from 2021; before, Quốc khánh was one day.</summary>
    public const int FirstYear = 2021;

    /// <summary>
    /// The statutory days of a year and the nghỉ bù they give, in date order. Tết is the last day
    /// of the lunar year and mùng 1 to 4 until the year's decision says otherwise. Quốc khánh is 2/9 and
    /// <see cref="NationalDayNeighbour"/>. A holiday on a Saturday or Sunday gives the next
    /// weekday that is not itself a holiday or an earlier nghỉ bù.
    /// </summary>
    public static IReadOnlyList<Holiday> For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        var tet = LunarCalendar.NewYear(year);
        var statutory = new List<Holiday>
        {
            new(new DateOnly(year, 1, 1), NewYear, HolidayKind.Statutory),
            new(LunarCalendar.ToSolar(year, 3, 10), HungKings, HolidayKind.Statutory),
            new(new DateOnly(year, 4, 30), Victory, HolidayKind.Statutory),
            new(new DateOnly(year, 5, 1), Labour, HolidayKind.Statutory),
            new(new DateOnly(year, 9, 2), NationalDay, HolidayKind.Statutory),
            new(NationalDayNeighbour(year), NationalDay, HolidayKind.Statutory),
        };
        statutory.AddRange(Enumerable.Range(-1, 5).Select(day => new Holiday(tet.AddDays(day), LunarNewYear, HolidayKind.Statutory)));
        statutory.Sort((a, b) => a.Date.CompareTo(b.Date));

        // 10/3 âm lịch never meets 30/4 or 1/5 from 2021 to 2199 (a test walks every year; it last
        // did in 1947), so the statutory days never share a date and only weekends need nghỉ bù.
        var taken = statutory.Select(h => h.Date).ToHashSet();
        var compensatory = new List<Holiday>();
        foreach (var holiday in statutory.Where(h => IsWeekend(h.Date)))
        {
            // Ends within a few days: only the year's handful of holidays can be in the way.
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || taken.Contains(day))
            {
                day = day.AddDays(1);
            }

            taken.Add(day);
            compensatory.Add(new Holiday(day, CompensatoryPrefix + holiday.Name, HolidayKind.Compensatory));
        }

        return [.. statutory.Concat(compensatory).OrderBy(h => h.Date)];
    }

    /// <summary>
    /// The second day of Quốc khánh, "one day before or after 2/9": the neighbour that is a weekday;
    /// when both are, the one next to a weekend (Monday or Friday), which gives the longest break
    /// without a swap; when 2/9 is a Wednesday, neither is, and the day before is taken. This
    /// matches the days chosen for 2023 (1/9), 2024 (3/9) and 2025 (1/9).
    /// </summary>
    public static DateOnly NationalDayNeighbour(int year)
    {
        var nationalDay = new DateOnly(year, 9, 2);
        var (before, after) = (nationalDay.AddDays(-1), nationalDay.AddDays(1));
        if (IsWeekend(before))
        {
            return after;
        }

        return IsWeekend(after) || after.DayOfWeek != DayOfWeek.Friday ? before : after;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
