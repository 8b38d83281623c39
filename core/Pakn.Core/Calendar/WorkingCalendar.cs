using System.Collections.Frozen;
using System.Globalization;

namespace Pakn.Core.Calendar;

/// <summary>
/// Working days and hours in one time zone, immutable once built. Instants go in with any offset
/// and come out in UTC, as the application stores them; days and hours are reckoned in local time.
/// A date is a working day when it is listed as one, or when its day of the week is worked and it
/// is not a holiday: listing a date as worked is how a holiday's default is overridden.
/// </summary>
public sealed partial class WorkingCalendar
{
    private readonly FrozenSet<DayOfWeek> workingDays;
    private readonly FrozenSet<DateOnly> holidays;
    private readonly FrozenSet<DateOnly> extraWorkingDays;

    // The longest run of days without work: with one working weekday and every holiday on it,
    // a week per holiday plus one. Loops that look for the next working day give up past it.
    private readonly int longestIdleRun;

    /// <exception cref="ArgumentException">No day of the week is worked, or there are no working periods, or they overlap.</exception>
    public WorkingCalendar(
        TimeZoneInfo timeZone,
        IEnumerable<DayOfWeek> workingDays,
        IEnumerable<WorkingPeriod> periods,
        IEnumerable<Holiday> holidays,
        IEnumerable<DateOnly> extraWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(workingDays);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(extraWorkingDays);

        TimeZone = timeZone;
        this.workingDays = workingDays.ToFrozenSet();
        if (this.workingDays.Count == 0)
        {
            // Extra working dates alone would end some day, and every deadline after them would never come.
            throw new ArgumentException("A working calendar needs at least one working day of the week.", nameof(workingDays));
        }

        Periods = [.. periods.OrderBy(p => p.Start)];
        if (Periods.Count == 0)
        {
            throw new ArgumentException("A working calendar needs at least one working period a day.", nameof(periods));
        }

        for (var i = 1; i < Periods.Count; i++)
        {
            if (Periods[i].Start < Periods[i - 1].End)
            {
                throw new ArgumentException($"Working periods {Periods[i - 1]} and {Periods[i]} overlap.", nameof(periods));
            }
        }

        this.extraWorkingDays = extraWorkingDays.ToFrozenSet();
        Holidays = [.. holidays.Where(h => !this.extraWorkingDays.Contains(h.Date)).DistinctBy(h => h.Date).OrderBy(h => h.Date)];
        this.holidays = Holidays.Select(h => h.Date).ToFrozenSet();
        longestIdleRun = 7 * (this.holidays.Count + 2);
    }

    public TimeZoneInfo TimeZone { get; }

    public IReadOnlySet<DayOfWeek> WorkingDays => workingDays;

    /// <summary>The working hours of every working day, in order.</summary>
    public IReadOnlyList<WorkingPeriod> Periods { get; }

    /// <summary>The days off on working weekdays and weekends alike, in date order, without those listed as worked.</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    public IReadOnlySet<DateOnly> ExtraWorkingDays => extraWorkingDays;

    /// <summary>
    /// A calendar from configuration with the statutory holidays of the given years (normally this
    /// year and the next); days outside those years know only the working week.
    /// </summary>
    /// <exception cref="TimeZoneNotFoundException">The time zone id is unknown to the system.</exception>
    /// <exception cref="FormatException">A working period is not written like 07:30-11:30.</exception>
    /// <exception cref="ArgumentException">The options contradict themselves.</exception>
    public static WorkingCalendar Create(WorkingCalendarOptions options, IEnumerable<int> years)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(years);

        var conflicts = options.ExtraHolidays.Intersect(options.ExtraWorkingDays).Order().ToList();
        if (conflicts.Count > 0)
        {
            var dates = string.Join(", ", conflicts.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            throw new ArgumentException($"Dates listed both as days off and as working days: {dates}.", nameof(options));
        }

        IEnumerable<DayOfWeek> workingDays = options.WorkingDays.Count > 0 ? options.WorkingDays : WorkingCalendarOptions.DefaultWorkingDays;
        IEnumerable<string> periods = options.Periods.Count > 0 ? options.Periods : WorkingCalendarOptions.DefaultPeriods;
        var statutory = years.Distinct().Order().SelectMany(VietnameseHolidays.For);
        var extra = options.ExtraHolidays.Select(d => new Holiday(d, VietnameseHolidays.Swapped, HolidayKind.Swap));

        return new WorkingCalendar(
            TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone),
            workingDays,
            periods.Select(WorkingPeriod.Parse),
            statutory.Concat(extra),
            options.ExtraWorkingDays);
    }

    public bool IsWorkingDay(DateOnly date) =>
        extraWorkingDays.Contains(date) || (workingDays.Contains(date.DayOfWeek) && !holidays.Contains(date));

    /// <summary>Whether an instant falls in a working period of a working day; a period's end is not in it.</summary>
    public bool IsWorkingTime(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = local.TimeOfDay;
        return IsWorkingDay(date) && Periods.Any(p => p.Start <= time && time < p.End);
    }
}
