namespace Pakn.Core.Calendar;

/// <summary>
/// The "Pakn:Calendar" configuration section. The lists start empty and empty means the default,
/// because the configuration binder appends to a pre-filled list instead of replacing it.
/// </summary>
public sealed class WorkingCalendarOptions
{
    public const string Section = "Pakn:Calendar";

    public const string DefaultTimeZone = "Asia/Ho_Chi_Minh";

    /// <summary>IANA (or Windows) id; Linux reads it from tzdata.</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>The days of the week worked; empty means Monday to Friday.</summary>
    public IList<DayOfWeek> WorkingDays { get; set; } = [];

    /// <summary>Working hours of a working day, such as "07:30-11:30"; empty means 07:30–11:30 and 13:30–17:00.</summary>
    public IList<string> Periods { get; set; } = [];

    /// <summary>Days off the year's decisions add (nghỉ hoán đổi, or a Tết day moved elsewhere).</summary>
    public IList<DateOnly> ExtraHolidays { get; set; } = [];

    /// <summary>
    /// Dates worked although the week or the statutory list says otherwise: a Saturday worked in
    /// exchange for a swapped day off (làm bù), or a statutory default the year's decision moved.
    /// </summary>
    public IList<DateOnly> ExtraWorkingDays { get; set; } = [];

    internal static IReadOnlyList<DayOfWeek> DefaultWorkingDays { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    internal static IReadOnlyList<string> DefaultPeriods { get; } = ["07:30-11:30", "13:30-17:00"];
}
