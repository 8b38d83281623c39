namespace Pakn.Core.Calendar;

/// <summary>
/// The astronomy behind the Vietnamese lunar calendar as Hồ Ngọc Đức published it: new moons and
/// the sun's longitude from Jean Meeus' approximations, good to minutes for 1900–2199. Days are
/// Julian day numbers; "local" means the calendar's time zone (UTC+7 for Việt Nam).
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>Mean length of a synodic month in days.</summary>
    public const double SynodicMonth = 29.530588853;

    /// <summary>The new moon of 1 January 1900 (k = 0), in Julian days.</summary>
    public const double Epoch = 2415021.076998695;

    private const double Radians = Math.PI / 180;

    // DateOnly counts days from 1 January 0001 on the proleptic Gregorian calendar, whose Julian day
    // number is 1721426: the same mapping as Hồ Ngọc Đức's jdFromDate and jdToDate after 1582.
    private const int JulianDayOfDayNumberZero = 1721426;

    public static int JulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    public static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - JulianDayOfDayNumberZero);

    /// <summary>The instant (Julian days, UT) of the k-th new moon after 1 January 1900.</summary>
    public static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3)
            + (0.00033 * Sin(166.56 + (132.87 * t) - (0.009173 * t2)));
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var c1 = ((0.1734 - (0.000393 * t)) * Sin(m)) + (0.0021 * Sin(2 * m))
            - (0.4068 * Sin(mpr)) + (0.0161 * Sin(2 * mpr))
            - (0.0004 * Sin(3 * mpr))
            + (0.0104 * Sin(2 * f)) - (0.0051 * Sin(m + mpr))
            - (0.0074 * Sin(m - mpr)) + (0.0004 * Sin((2 * f) + m))
            - (0.0004 * Sin((2 * f) - m)) - (0.0006 * Sin((2 * f) + mpr))
            + (0.0010 * Sin((2 * f) - mpr)) + (0.0005 * Sin((2 * mpr) + m));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }

    /// <summary>The sun's apparent longitude in radians, [0, 2π), at an instant in Julian days (UT).</summary>
    public static double SunLongitude(double julianDay)
    {
        var t = (julianDay - 2451545.0) / 36525;
        var t2 = t * t;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Sin(m))
            + ((0.019993 - (0.000101 * t)) * Sin(2 * m)) + (0.000290 * Sin(3 * m));
        var l = (l0 + dl) * Radians;
        return l - (2 * Math.PI * Math.Floor(l / (2 * Math.PI)));
    }

    /// <summary>The local day (Julian day number) on which the k-th new moon falls.</summary>
    public static int NewMoonDay(int k, double timeZoneHours) =>
        (int)Math.Floor(NewMoon(k) + 0.5 + (timeZoneHours / 24));

    /// <summary>
    /// Which of the twelve 30° arcs the sun is in at the start of a local day: 0 from the spring
    /// equinox, 9 from the winter solstice. A month whose first day and the next month's first day
    /// share an arc holds no major solar term (trung khí), which is what makes it a leap month.
    /// </summary>
    public static int SunArc(int julianDay, double timeZoneHours) =>
        (int)Math.Floor(SunLongitude(julianDay - 0.5 - (timeZoneHours / 24)) / Math.PI * 6);

    /// <summary>The index k of the new moon nearest to a local day.</summary>
    public static int NearestNewMoonIndex(int julianDay) =>
        (int)Math.Floor(((julianDay - Epoch) / SynodicMonth) + 0.5);

    private static double Sin(double degrees) => Math.Sin(degrees * Radians);
}
