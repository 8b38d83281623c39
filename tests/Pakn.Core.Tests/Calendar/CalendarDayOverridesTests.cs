using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Calendar;
using Pakn.Testing;

namespace Pakn.Core.Tests.Calendar;

/// <summary>Administrators' calendar days reach calendars already built, through the options' change token.</summary>
public sealed class CalendarDayOverridesTests : IDisposable
{
    private static readonly DateOnly Wednesday = new(2031, 3, 5);
    private static readonly DateOnly Saturday = new(2031, 3, 8);
    private static readonly DateTimeOffset March2031 = new(2031, 3, 3, 2, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase _database = new();
    private readonly ServiceProvider _services;

    public CalendarDayOverridesTests()
    {
        // Configuration lists the Saturday as a day off; the table will say it is worked.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{WorkingCalendarOptions.Section}:ExtraHolidays:0"] = "2031-03-08",
        }).Build();
        _services = new ServiceCollection()
            .Configure<WorkingCalendarOptions>(configuration.GetSection(WorkingCalendarOptions.Section))
            .AddCalendarDays()
            .AddSingleton<WorkingCalendars>()
            .BuildServiceProvider();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_rebuild_the_calendar_when_reloaded_days_differ()
    {
        var calendars = _services.GetRequiredService<WorkingCalendars>();
        Assert.True(calendars.At(March2031).IsWorkingDay(Wednesday));

        await SaveAsync(new CalendarDay { Date = Wednesday, Name = "Nghỉ hoán đổi" });

        Assert.False(calendars.At(March2031).IsWorkingDay(Wednesday));
    }

    [Fact]
    public async Task Should_let_the_table_win_over_configuration_for_the_same_date()
    {
        var calendars = _services.GetRequiredService<WorkingCalendars>();
        Assert.False(calendars.At(March2031).IsWorkingDay(Saturday));

        await SaveAsync(new CalendarDay { Date = Saturday, IsWorkingDay = true, Name = "Làm bù" });

        Assert.True(calendars.At(March2031).IsWorkingDay(Saturday));
    }

    [Fact]
    public async Task Should_keep_the_built_calendar_when_nothing_changed()
    {
        var calendars = _services.GetRequiredService<WorkingCalendars>();
        var before = calendars.At(March2031);

        using (var db = _database.CreateContext())
        {
            await _services.GetRequiredService<CalendarDayOverrides>().ReloadAsync(db, Ct);
        }

        Assert.Same(before, calendars.At(March2031));
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }

    private async Task SaveAsync(CalendarDay day)
    {
        using var db = _database.CreateContext();
        db.CalendarDays.Add(day);
        await db.SaveChangesAsync(Ct);
        await _services.GetRequiredService<CalendarDayOverrides>().ReloadAsync(db, Ct);
    }
}
