namespace Pakn.Core.Calendar;

public sealed partial class WorkingCalendar
{
    /// <summary>
    /// The instant at which <paramref name="workingTime"/> of working time has passed since
    /// <paramref name="start"/>: a start outside working hours begins at the next period, and a
    /// span that runs out exactly as a period ends gives that end (11:30, 17:00), not the start
    /// of the next period. Adding nothing gives the start itself.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        start = start.ToUniversalTime();
        if (workingTime == TimeSpan.Zero)
        {
            return start;
        }

        var remaining = workingTime;
        for (var date = LocalDate(start); ; date = NextWorkingDay(date))
        {
            foreach (var (periodStart, periodEnd) in WorkingIntervals(date))
            {
                if (periodEnd <= start)
                {
                    continue;
                }

                var from = periodStart > start ? periodStart : start;
                if (remaining <= periodEnd - from)
                {
                    return from + remaining;
                }

                remaining -= periodEnd - from;
            }
        }
    }

    /// <summary>
    /// The deadline <paramref name="days"/> working days after a receipt, as one-stop offices write
    /// it on the appointment slip: the day of receipt is not counted, whatever the hour (periods in
    /// days start on the following day, Bộ luật Dân sự 2015, Điều 147.2); day one is the next
    /// working day; the deadline is the end of the last working period (17:00 by default) of the
    /// Nth working day, when the office closes rather than at midnight. Received on Friday at
    /// 16:00, after hours, or on Saturday, 10 working days end on the second Friday after, 17:00.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);

        var date = LocalDate(start.ToUniversalTime());
        for (var i = 0; i < days; i++)
        {
            date = NextWorkingDay(date);
        }

        return ToUtc(date, Periods[^1].End);
    }

    /// <summary>
    /// The working time between two instants: what a paused clock must not count, or how much of a
    /// clock has run. Negative when <paramref name="to"/> is before <paramref name="from"/>, so that
    /// spans add up like instants do.
    /// </summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            return -WorkingTimeBetween(to, from);
        }

        var total = TimeSpan.Zero;
        var lastDate = LocalDate(to);
        for (var date = LocalDate(from); date <= lastDate; date = date.AddDays(1))
        {
            foreach (var (periodStart, periodEnd) in WorkingIntervals(date))
            {
                var overlap = (periodEnd < to ? periodEnd : to) - (periodStart > from ? periodStart : from);
                if (overlap > TimeSpan.Zero)
                {
                    total += overlap;
                }
            }
        }

        return total;
    }

    internal DateOnly NextWorkingDay(DateOnly date)
    {
        for (var i = 0; i < longestIdleRun; i++)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                return date;
            }
        }

        throw new InvalidOperationException($"No working day within {longestIdleRun} days after {date.AddDays(-longestIdleRun)}.");
    }

    /// <summary>A date's working periods as UTC instants; none on a day off.</summary>
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> WorkingIntervals(DateOnly date)
    {
        if (!IsWorkingDay(date))
        {
            yield break;
        }

        foreach (var period in Periods)
        {
            yield return (ToUtc(date, period.Start), ToUtc(date, period.End));
        }
    }

    internal DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    // Việt Nam keeps no daylight saving time; in a zone that does, a local time skipped or repeated
    // by the change takes the zone's standard offset.
    internal DateTimeOffset ToUtc(DateOnly date, TimeSpan timeOfDay)
    {
        var local = date.ToDateTime(TimeOnly.MinValue) + timeOfDay;
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
