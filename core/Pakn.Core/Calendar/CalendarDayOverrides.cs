using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Pakn.Core.Data;

namespace Pakn.Core.Calendar;

/// <summary>
/// The administrators' <see cref="CalendarDay"/> rows folded into <see cref="WorkingCalendarOptions"/>:
/// a new set of days raises the options' change token, so <see cref="WorkingCalendars"/> drops
/// the calendars it built and the next deadline is computed with the new days. Going through
/// options keeps every user of the calendar (SLA terms, the sweeper, letters) on one source.
/// </summary>
public sealed class CalendarDayOverrides : IPostConfigureOptions<WorkingCalendarOptions>, IOptionsChangeTokenSource<WorkingCalendarOptions>, IDisposable
{
    private readonly Lock _gate = new();
    private IReadOnlyList<CalendarDay> _days = [];
    private CancellationTokenSource _changed = new();

    /// <summary>
    /// The options as configuration alone gives them, without the table's days: a calendar
    /// before and after one change of the table is built from these (see <see cref="Fold"/>).
    /// </summary>
    public const string ConfiguredName = "Configured";

    public string? Name => Options.DefaultName;

    public IReadOnlyList<CalendarDay> Days => Volatile.Read(ref _days);

    public IChangeToken GetChangeToken()
    {
        lock (_gate)
        {
            return new CancellationChangeToken(_changed.Token);
        }
    }

    /// <summary>Database rows win over configuration for the same date.</summary>
    public void PostConfigure(string? name, WorkingCalendarOptions options)
    {
        if (name == Options.DefaultName)
        {
            Apply(options, Days);
        }
    }

    /// <summary>A copy of configured options with the given days folded in, database rows winning.</summary>
    public static WorkingCalendarOptions Fold(WorkingCalendarOptions configured, IReadOnlyCollection<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var options = new WorkingCalendarOptions
        {
            TimeZone = configured.TimeZone,
            WorkingDays = [.. configured.WorkingDays],
            Periods = [.. configured.Periods],
            ExtraHolidays = [.. configured.ExtraHolidays],
            ExtraWorkingDays = [.. configured.ExtraWorkingDays],
        };
        Apply(options, days);
        return options;
    }

    private static void Apply(WorkingCalendarOptions options, IReadOnlyCollection<CalendarDay> days)
    {
        if (days.Count == 0)
        {
            return;
        }

        var off = days.Where(d => !d.IsWorkingDay).Select(d => d.Date).ToHashSet();
        var worked = days.Where(d => d.IsWorkingDay).Select(d => d.Date).ToHashSet();
        options.ExtraHolidays = [.. options.ExtraHolidays.Where(d => !worked.Contains(d)).Union(off)];
        options.ExtraWorkingDays = [.. options.ExtraWorkingDays.Where(d => !off.Contains(d)).Union(worked)];
    }

    /// <summary>Reads the rows; raises the change only when they differ from those in use.</summary>
    public async Task ReloadAsync(PaknDbContext db, CancellationToken cancellationToken)
    {
        var days = await db.CalendarDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync(cancellationToken);
        CancellationTokenSource previous;
        lock (_gate)
        {
            if (days.Select(Key).SequenceEqual(_days.Select(Key)))
            {
                return;
            }

            Volatile.Write(ref _days, days);
            previous = _changed;
            _changed = new CancellationTokenSource();
        }

        // Not disposed: a listener may still register on the old token, and must then be told at once.
        previous.Cancel();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _changed.Dispose();
        }
    }

    private static (DateOnly, bool) Key(CalendarDay day) => (day.Date, day.IsWorkingDay);
}
