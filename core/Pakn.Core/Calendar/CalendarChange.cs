namespace Pakn.Core.Calendar;

/// <summary>
/// One edit of the working calendar as stored deadlines see it: the calendar before and after,
/// the dates whose status changed, and when. A deadline follows it by keeping its start and its
/// number of working days (or working time), so a day off inside the span moves it one working
/// day later and a make-up day one earlier. A deadline brought earlier never lands before
/// <see cref="Earliest"/>, the end of the next working day after the change: a decision taken
/// after the fact makes no item overdue, and the unit always keeps one whole working day.
/// </summary>
public sealed class CalendarChange
{
    public CalendarChange(WorkingCalendar before, WorkingCalendar after, IEnumerable<DateOnly> dates, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(dates);
        Before = before ?? throw new ArgumentNullException(nameof(before));
        After = after ?? throw new ArgumentNullException(nameof(after));
        At = at;
        Dates = [.. dates.Distinct().Where(d => before.IsWorkingDay(d) != after.IsWorkingDay(d)).Order()];
        Earliest = after.AddWorkingDays(at, 1);
    }

    public WorkingCalendar Before { get; }
    public WorkingCalendar After { get; }

    /// <summary>The dates that were worked and now are not, or the reverse.</summary>
    public IReadOnlyList<DateOnly> Dates { get; }

    public DateTimeOffset At { get; }

    /// <summary>No deadline is brought earlier than this (see the class summary).</summary>
    public DateTimeOffset Earliest { get; }

    public bool IsEmpty => Dates.Count == 0;

    /// <summary>
    /// A deadline counted in working days: the same number of working days after the start's date
    /// (the start's own day is not counted), at the same time of day. Unchanged when no changed
    /// date lies in that span.
    /// </summary>
    public DateTimeOffset RecountDays(DateTimeOffset start, DateTimeOffset due)
    {
        var startDate = Before.LocalDate(start);
        var dueDate = Before.LocalDate(due);
        if (!Dates.Any(d => d > startDate && d <= dueDate))
        {
            return due;
        }

        var days = 0;
        for (var date = startDate.AddDays(1); date <= dueDate; date = date.AddDays(1))
        {
            days += Before.IsWorkingDay(date) ? 1 : 0;
        }

        if (days == 0)
        {
            return due;
        }

        var moved = startDate;
        for (var i = 0; i < days; i++)
        {
            moved = After.NextWorkingDay(moved);
        }

        var timeOfDay = TimeZoneInfo.ConvertTime(due, Before.TimeZone).TimeOfDay;
        return After.ToUtc(moved, timeOfDay);
    }

    /// <summary>A deadline counted in working time (khẩn): the same working time after the same start.</summary>
    public DateTimeOffset RecountTime(DateTimeOffset start, DateTimeOffset due)
    {
        var startDate = Before.LocalDate(start);
        var dueDate = Before.LocalDate(due);
        return Dates.Any(d => d >= startDate && d <= dueDate)
            ? After.AddWorkingTime(start, Before.WorkingTimeBetween(start, due))
            : due;
    }

    /// <summary>Whether a changed date lies between two instants' dates, both included.</summary>
    public bool Touches(DateTimeOffset from, DateTimeOffset to)
    {
        var (first, last) = (Before.LocalDate(from), Before.LocalDate(to));
        return Dates.Any(d => d >= first && d <= last);
    }

    /// <summary>The recounted deadline, held back to <see cref="Earliest"/> (never past the old one) when it came earlier.</summary>
    public DateTimeOffset NotBackdated(DateTimeOffset old, DateTimeOffset recounted)
    {
        if (recounted >= old || recounted >= Earliest)
        {
            return recounted;
        }

        return Earliest < old ? Earliest : old;
    }
}
