using static Pakn.Core.Calendar.LunarAstronomy;

namespace Pakn.Core.Calendar;

/// <summary>
/// The Vietnamese lunar calendar, after Hồ Ngọc Đức's published algorithm. It is computed for
/// UTC+7, the meridian Việt Nam has used for its calendar since 1968: a new moon close to
/// midnight can start a month a day earlier than in China's UTC+8 calendar (Tết 2007 fell on
/// 17/2 here, 18/2 there). Month 11 is the month holding the winter solstice; when 13 new moons
/// separate two months 11, the first month after month 11 without a major solar term is the leap month.
/// Dates before 1968 follow the same rule, not the UTC+8 calendars printed at the time.
/// </summary>
public static class LunarCalendar
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    private const double TimeZoneHours = 7;

    /// <summary>Tết Nguyên đán: mùng 1 tháng Giêng of a lunar year.</summary>
    public static DateOnly NewYear(int year) => ToSolar(year, 1, 1);

    /// <summary>The month a lunar year repeats, or null for a year of twelve months.</summary>
    public static int? LeapMonth(int year)
    {
        CheckYear(year);

        // Months 1 to 10 lie between the months 11 of the previous and of this Gregorian year,
        // months 11 and 12 between this year's and next year's.
        var (previous11, this11, next11) = (Month11(year - 1), Month11(year), Month11(year + 1));
        if (this11 - previous11 > 365 && LeapMonthOffset(previous11) is var early and >= 3)
        {
            return MonthAtLeapOffset(early);
        }

        if (next11 - this11 > 365 && LeapMonthOffset(this11) is var late and <= 2)
        {
            return MonthAtLeapOffset(late);
        }

        return null;
    }

    public static LunarDate FromSolar(DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(date.Year, MinYear, nameof(date));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(date.Year, MaxYear, nameof(date));

        var day = JulianDay(date);
        var k = (int)Math.Floor((day - Epoch) / SynodicMonth);
        var monthStart = NewMoonDay(k + 1, TimeZoneHours);
        if (monthStart > day)
        {
            monthStart = NewMoonDay(k, TimeZoneHours);
        }

        var a11 = Month11(date.Year);
        var b11 = a11;
        var year = date.Year + 1;
        if (a11 >= monthStart)
        {
            year = date.Year;
            a11 = Month11(date.Year - 1);
        }
        else
        {
            b11 = Month11(date.Year + 1);
        }

        var offset = (monthStart - a11) / 29;
        var month = offset + 11;
        var isLeap = false;
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            if (offset >= leapOffset)
            {
                month = offset + 10;
                isLeap = offset == leapOffset;
            }
        }

        if (month > 12)
        {
            month -= 12;
        }

        if (month >= 11 && offset < 4)
        {
            year--;
        }

        return new LunarDate(year, month, day - monthStart + 1, isLeap);
    }

    /// <exception cref="ArgumentException">The lunar date does not exist: no such leap month, or day 30 of a 29-day month.</exception>
    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth = false)
    {
        CheckYear(lunarYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarMonth, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarDay, 30);

        var (a11, b11) = lunarMonth < 11
            ? (Month11(lunarYear - 1), Month11(lunarYear))
            : (Month11(lunarYear), Month11(lunarYear + 1));
        var offset = (lunarMonth + 1) % 12;
        var hasLeap = b11 - a11 > 365;
        var leapOffset = hasLeap ? LeapMonthOffset(a11) : int.MaxValue;
        if (leapMonth && (!hasLeap || MonthAtLeapOffset(leapOffset) != lunarMonth))
        {
            throw new ArgumentException($"Lunar year {lunarYear} has no leap month {lunarMonth}.", nameof(leapMonth));
        }

        if (leapMonth || offset >= leapOffset)
        {
            offset++;
        }

        var k = NearestNewMoonIndex(a11);
        var monthStart = NewMoonDay(k + offset, TimeZoneHours);
        var length = NewMoonDay(k + offset + 1, TimeZoneHours) - monthStart;
        if (lunarDay > length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(lunarDay), lunarDay, $"Month {lunarMonth}{(leapMonth ? " (leap)" : "")} of lunar year {lunarYear} has {length} days.");
        }

        return FromJulianDay(monthStart + lunarDay - 1);
    }

    private static void CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear, nameof(year));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear, nameof(year));
    }

    /// <summary>The first day of the lunar month 11 (the one holding the winter solstice) that starts in a Gregorian year.</summary>
    private static int Month11(int year)
    {
        var k = (int)Math.Floor((JulianDay(new DateOnly(year, 12, 31)) - 2415021) / SynodicMonth);
        var start = NewMoonDay(k, TimeZoneHours);

        // Arc 9 begins at the solstice: if the last new moon of December comes after it, month 11 began one moon earlier.
        return SunArc(start, TimeZoneHours) >= 9 ? NewMoonDay(k - 1, TimeZoneHours) : start;
    }

    /// <summary>
    /// In a 13-month span starting at month 11, how many months after it the leap month comes: the
    /// first month whose start and the next month's start see the sun in the same 30° arc.
    /// </summary>
    private static int LeapMonthOffset(int a11)
    {
        var k = NearestNewMoonIndex(a11);
        var previous = SunArc(NewMoonDay(k + 1, TimeZoneHours), TimeZoneHours);
        for (var i = 2; i < 14; i++)
        {
            var arc = SunArc(NewMoonDay(k + i, TimeZoneHours), TimeZoneHours);
            if (arc == previous)
            {
                return i - 1;
            }

            previous = arc;
        }

        return 13;
    }

    /// <summary>The number a leap month repeats: offset 1 is after month 11, offset 3 after month 1.</summary>
    private static int MonthAtLeapOffset(int offset) => ((offset + 9) % 12) + 1;
}
