using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pakn.Core.Calendar;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Core.Notifications;
using Pakn.Core.Sla;
using Pakn.Handlers.Sla;
using Pakn.Testing;

namespace Pakn.Handlers.Tests;

public sealed class DeadlineSweeperTests : IDisposable
{
    private static readonly DateTimeOffset Received = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly WorkingCalendars Calendars = new ServiceCollection()
        .AddOptions<WorkingCalendarOptions>().Services.AddSingleton<WorkingCalendars>()
        .BuildServiceProvider().GetRequiredService<WorkingCalendars>();

    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(Received);
    private readonly ServiceProvider _services;

    public DeadlineSweeperTests()
    {
        _services = _database.CreateServices();
    }

    private DeadlineSweeper NewSweeper() => new(
        _services.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new SlaOptions { BatchSize = 7 }),
        Calendars,
        _time,
        new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance),
        NullLogger<DeadlineSweeper>.Instance);

    private async Task<List<Guid>> StoreAssignedAsync(int count, Action<FeedbackItem>? then = null)
    {
        await using var db = _database.CreateContext();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, $"Đèn đường hỏng số {i}", null, "P_HAI_CHAU",
                null, null, null, new Contact(), Received);
            item.Assign("UBND_P_HAI_CHAU", "DO_THI", Severity.Normal, Received.AddHours(24), Received.AddDays(10), Actors.Routing, Received);
            then?.Invoke(item);
            db.Feedback.Add(item);
            ids.Add(item.Id);
        }

        await db.SaveChangesAsync(Ct);
        return ids;
    }

    private async Task<List<(string Type, Guid Item)>> EventsAsync()
    {
        await using var db = _database.CreateContext();
        var rows = await db.OutboxMessages.Select(m => new { m.MessageType, m.Body }).ToListAsync(Ct);
        return rows.Select(r => (r.MessageType.Split('.').Last(),
            System.Text.Json.JsonDocument.Parse(r.Body).RootElement.GetProperty("feedbackId").GetGuid())).ToList();
    }

    private static async Task SweepUntilQuietAsync(DeadlineSweeper sweeper)
    {
        while (await sweeper.SweepAsync(Ct) > 0)
        {
        }
    }

    [Fact]
    public async Task Should_breach_at_the_moved_deadline_and_not_the_old_one_when_a_day_off_is_saved_meanwhile()
    {
        // Due Thursday 03/12/2026 08:00; Tuesday 01/12 becomes a day off before it.
        var id = (await StoreAssignedAsync(1))[0];
        var oldDue = Received.AddDays(10);
        await using (var db = _database.CreateContext())
        {
            var options = new ServiceCollection().AddOptions().BuildServiceProvider().GetRequiredService<IOptionsMonitor<WorkingCalendarOptions>>();
            var saved = await new CalendarDayChanges(db, options, _time).SaveAsync(new DateOnly(2026, 12, 1), false, "Nghỉ thử nghiệm", "quantri", Ct);
            Assert.Equal(1, saved.MovedItems);
        }

        _time.SetUtcNow(oldDue.AddMinutes(1));
        await SweepUntilQuietAsync(NewSweeper());
        var atOldDue = await ItemAsync(id);
        _time.SetUtcNow(oldDue.AddDays(1));
        await SweepUntilQuietAsync(NewSweeper());
        var atNewDue = await ItemAsync(id);

        Assert.Equal(oldDue.AddDays(1), atOldDue.ResolutionDueAt);
        Assert.False(atOldDue.ResolutionBreached);
        Assert.True(atNewDue.ResolutionBreached);
    }

    private async Task<FeedbackItem> ItemAsync(Guid id)
    {
        await using var db = _database.CreateContext();
        return await db.Feedback.AsNoTracking().SingleAsync(f => f.Id == id, Ct);
    }

    [Fact]
    public async Task Should_report_each_warning_and_breach_once_when_deadlines_pass()
    {
        var ids = await StoreAssignedAsync(20);
        var sweeper = NewSweeper();

        await SweepUntilQuietAsync(sweeper);
        Assert.Empty(await EventsAsync());

        _time.Advance(TimeSpan.FromHours(25));
        await SweepUntilQuietAsync(sweeper);
        await SweepUntilQuietAsync(sweeper);

        var events = await EventsAsync();
        Assert.Equal(ids.Order(), events.Where(e => e.Type == nameof(SlaWarningReached)).Select(e => e.Item).Order());
        Assert.Equal(ids.Order(), events.Where(e => e.Type == nameof(SlaBreached)).Select(e => e.Item).Order());
    }

    [Fact]
    public async Task Should_report_nothing_for_items_acknowledged_in_time()
    {
        await StoreAssignedAsync(5, item => item.Acknowledge("officer", Received.AddHours(2)));
        _time.Advance(TimeSpan.FromHours(30));

        await SweepUntilQuietAsync(NewSweeper());

        Assert.Empty(await EventsAsync());
    }

    [Fact]
    public async Task Should_report_each_breach_once_when_two_sweepers_run_together()
    {
        var ids = await StoreAssignedAsync(40);
        _time.Advance(TimeSpan.FromHours(25));

        await Task.WhenAll(SweepUntilQuietAsync(NewSweeper()), SweepUntilQuietAsync(NewSweeper()));

        var breaches = (await EventsAsync()).Where(e => e.Type == nameof(SlaBreached)).Select(e => e.Item).ToList();
        Assert.Equal(ids.Count, breaches.Count);
        Assert.Equal(ids.Order(), breaches.Order());
    }

    [Fact]
    public async Task Should_still_claim_the_rest_of_the_batch_in_the_same_pass_when_a_unit_changes_one_item_meanwhile()
    {
        var ids = await StoreAssignedAsync(7);
        _time.Advance(TimeSpan.FromHours(25));
        // The unit acknowledges the first item between the sweeper's read and its save.
        var meddler = new ActBeforeFirstSave(async () =>
        {
            await using var db = _database.CreateContext();
            var item = await db.Feedback.SingleAsync(f => f.Id == ids[0], Ct);
            item.Acknowledge("officer", _time.GetUtcNow());
            await db.SaveChangesAsync(Ct);
        });
        var services = new ServiceCollection()
            .AddDbContext<PaknDbContext>(o => o.UsePaknDatabase(DatabaseProvider.Sqlite, _database.ConnectionString).AddInterceptors(meddler))
            .BuildServiceProvider();
        await using var _ = services;
        var sweeper = new DeadlineSweeper(services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new SlaOptions { BatchSize = 7 }),
            Calendars, _time, new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), NullLogger<DeadlineSweeper>.Instance);

        Assert.Equal(7, await sweeper.SweepAsync(Ct));

        Assert.True(meddler.Acted);
        var breached = (await EventsAsync()).Where(e => e.Type == nameof(SlaBreached)).Select(e => e.Item).ToList();
        Assert.Equal(ids.Skip(1).Order(), breached.Where(id => id != ids[0]).Order());
        Assert.Equal(breached.Distinct().Count(), breached.Count);
    }

    private sealed class ActBeforeFirstSave(Func<Task> act) : SaveChangesInterceptor
    {
        public bool Acted { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!Acted)
            {
                Acted = true;
                await act();
            }

            return result;
        }
    }

    [Fact]
    public async Task Should_alert_the_unit_and_its_head_on_a_warning_and_the_head_and_leader_on_a_breach()
    {
        var ids = await StoreAssignedAsync(1);
        _time.Advance(TimeSpan.FromHours(25));

        await SweepUntilQuietAsync(NewSweeper());

        await using var db = _database.CreateContext();
        var alerts = await db.Notifications.Where(n => n.FeedbackId == ids[0]).OrderBy(n => n.Kind).ThenBy(n => n.Role)
            .Select(n => new { n.Kind, n.Role, n.UnitCode, n.Channel, n.State }).ToListAsync(Ct);
        Assert.Equal(
            [("sla.breach", StaffRoles.Leader, (string?)null), ("sla.breach", StaffRoles.UnitHead, "UBND_P_HAI_CHAU"),
             ("sla.warning", StaffRoles.Officer, "UBND_P_HAI_CHAU"), ("sla.warning", StaffRoles.UnitHead, "UBND_P_HAI_CHAU")],
            alerts.Select(a => (a.Kind, a.Role!, a.UnitCode)));
        Assert.All(alerts, a => Assert.Equal((NotificationChannels.StaffInbox, NotificationState.Pending), (a.Channel, a.State)));
        Assert.True(await db.Feedback.AnyAsync(f => f.Id == ids[0] && f.Overdue, Ct));
    }

    [Fact]
    public async Task Should_apply_owed_calendar_arithmetic_with_the_items_policy_before_checking()
    {
        var ids = await StoreAssignedAsync(1, item =>
        {
            item.Acknowledge("officer", Received.AddHours(1));
            item.RequestInformation("Xin vị trí cột đèn", "officer", Received.AddHours(2));
            item.ReceiveInformation("citizen", Received.AddDays(3));
        });
        _time.Advance(TimeSpan.FromDays(3));

        await SweepUntilQuietAsync(NewSweeper());

        await using var db = _database.CreateContext();
        var item = await db.Feedback.SingleAsync(f => f.Id == ids[0], Ct);
        Assert.False(item.SlaRecalcPending);
        Assert.Null(item.ResolutionPausedAt);
        Assert.True(item.ResolutionDueAt > Received.AddDays(10));
        Assert.Equal(SlaPolicy.DefaultId, item.SlaPolicyId);
        Assert.NotNull(item.UpdateDueAt);
        Assert.True(item.SlaCheckAt > _time.GetUtcNow());
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }
}
