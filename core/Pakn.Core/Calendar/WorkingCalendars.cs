using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Pakn.Core.Calendar;

/// <summary>
/// The working calendar for deadlines computed at a given moment: built once per year of use
/// with that year's holidays and those of the years around it (a 10-working-day deadline in late
/// December runs into the next year's Tết-free January; one filed before Tết runs through it).
/// Rebuilt when the calendar settings change.
/// </summary>
public sealed class WorkingCalendars
{
    private readonly IOptionsMonitor<WorkingCalendarOptions> _options;
    private readonly ConcurrentDictionary<int, WorkingCalendar> _byYear = new();

    public WorkingCalendars(IOptionsMonitor<WorkingCalendarOptions> options)
    {
        _options = options;
        _options.OnChange(_ => _byYear.Clear());
    }

    public WorkingCalendar At(DateTimeOffset instant)
    {
        var options = _options.CurrentValue;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var year = TimeZoneInfo.ConvertTime(instant, zone).Year;
        return _byYear.GetOrAdd(year, y => WorkingCalendar.Create(
            options,
            Enumerable.Range(y - 1, 4).Where(candidate => candidate >= VietnameseHolidays.FirstYear)));
    }
}
