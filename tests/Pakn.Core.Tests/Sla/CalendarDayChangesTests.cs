using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pakn.Core.Calendar;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Core.Sla;
using Pakn.Core.Tests.Calendar;
using Pakn.Testing;
using static Pakn.Core.Tests.Sla.SlaFixtures;

namespace Pakn.Core.Tests.Sla;

/// <summary>
/// Saving or removing a calendar day moves the stored deadlines of open items in the same
/// commit, on SQLite and on PostgreSQL. Items are received Monday 23/11/2026 08:00 (due Monday
/// 07/12/2026 17:00); the administrator works on Wednesday 25/11/2026 at 10:00.
/// </summary>
public sealed class CalendarDayChangesTests : IDisposable
{
    private const string Admin = "quantri";
    private readonly List<IDisposable> _owned = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset T(string local) => VietnamTime.At(local);

    public void Dispose() => _owned.ForEach(o => o.Dispose());

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Should_move_open_items_once_leave_answered_ones_and_restore_deadlines_when_the_day_is_removed(DatabaseProvider provider)
    {
        var services = await ServicesAsync(provider);
        var (open, answered, extended) = await SeedAsync(services);

        var added = await ChangeAsync(services, c => c.SaveAsync(VietnamTime.Day("2026-12-02"), false, "Nghỉ hoán đổi thử nghiệm", Admin, Ct));
        var again = await ChangeAsync(services, c => c.SaveAsync(VietnamTime.Day("2026-12-02"), false, "Nghỉ hoán đổi thử nghiệm", Admin, Ct));

        Assert.Equal(new CalendarDayChangeResult(2), added);
        Assert.Equal(new CalendarDayChangeResult(0), again);
        Assert.Equal(T("2026-12-08 17:00"), await DueAsync(services, open));
        Assert.Equal(T("2026-12-07 17:00"), await DueAsync(services, answered));
        Assert.Equal(T("2026-12-15 17:00"), await DueAsync(services, extended));
        var notes = await NotesAsync(services, open);
        Assert.Equal(
            ["Hạn xử lý được tính lại theo lịch nghỉ mới (thêm ngày nghỉ 02/12/2026: Nghỉ hoán đổi thử nghiệm): hạn giải quyết từ 17:00 ngày 07/12/2026 thành 17:00 ngày 08/12/2026."],
            notes);
        Assert.Empty(await NotesAsync(services, answered));

        // A day off after the open item's deadline moves only the extended one.
        var later = await ChangeAsync(services, c => c.SaveAsync(VietnamTime.Day("2026-12-09"), false, "Nghỉ thử nghiệm", Admin, Ct));
        Assert.Equal(new CalendarDayChangeResult(1), later);
        Assert.Equal(T("2026-12-08 17:00"), await DueAsync(services, open));
        Assert.Equal(T("2026-12-16 17:00"), await DueAsync(services, extended));

        var removed = await ChangeAsync(services, c => c.DeleteAsync(VietnamTime.Day("2026-12-02"), Admin, Ct));
        Assert.Equal(new CalendarDayChangeResult(2), removed);
        Assert.Equal(T("2026-12-07 17:00"), await DueAsync(services, open));
        Assert.Equal(T("2026-12-15 17:00"), await DueAsync(services, extended));
        Assert.Contains("(bỏ ngày nghỉ 02/12/2026)", (await NotesAsync(services, open))[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Should_bring_a_deadline_earlier_for_a_make_up_saturday_and_keep_the_sweep_point_on_it(DatabaseProvider provider)
    {
        var services = await ServicesAsync(provider);
        var (open, _, _) = await SeedAsync(services);

        var added = await ChangeAsync(services, c => c.SaveAsync(VietnamTime.Day("2026-11-28"), true, "Làm bù thử nghiệm", Admin, Ct));

        Assert.Equal(new CalendarDayChangeResult(2), added);
        await using var scope = services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<PaknDbContext>().Feedback.AsNoTracking().SingleAsync(f => f.Id == open, Ct);
        Assert.Equal(T("2026-12-04 17:00"), item.ResolutionDueAt);
        Assert.Equal(T("2026-11-28 17:00"), item.UpdateDueAt);
        Assert.Equal(item.UpdateWarnAt, item.SlaCheckAt);
    }

    [Fact]
    public async Task Should_move_a_shared_item_once_per_day_when_two_administrators_save_two_days_at_once_on_postgres()
    {
        var services = await ServicesAsync(DatabaseProvider.PostgreSql);
        var (open, _, _) = await SeedAsync(services);

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        List<string> days = ["2026-12-01", "2026-12-02"];
        var saves = days.Select(day => Task.Run(async () =>
        {
            await start.Task;
            return await ChangeAsync(services, c => c.SaveAsync(VietnamTime.Day(day), false, "Nghỉ thử nghiệm", Admin, Ct));
        }, Ct)).ToList();
        start.SetResult();
        var results = await Task.WhenAll(saves);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(T("2026-12-09 17:00"), await DueAsync(services, open));
        Assert.Equal(2, (await NotesAsync(services, open)).Count);
    }

    private async Task<ServiceProvider> ServicesAsync(DatabaseProvider provider)
    {
        string connectionString;
        if (provider == DatabaseProvider.Sqlite)
        {
            var database = new SqliteTestDatabase();
            _owned.Add(database);
            connectionString = database.ConnectionString;
        }
        else
        {
            connectionString = await TestInfrastructure.CreatePostgresDatabaseAsync("pakn_calendar");
        }

        var services = new ServiceCollection()
            .AddDbContext<PaknDbContext>(o => o.UsePaknDatabase(provider, connectionString))
            .AddSingleton<TimeProvider>(new FakeTimeProvider(T("2026-11-25 10:00")))
            .AddScoped<CalendarDayChanges>()
            .AddOptions()
            .BuildServiceProvider();
        _owned.Add(services);
        if (provider == DatabaseProvider.PostgreSql)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
            await db.Database.MigrateAsync(Ct);
            SqliteTestDatabase.Seed(db);
        }

        return services;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Should_queue_the_citizens_message_about_the_new_date_in_the_same_commit_and_only_once(DatabaseProvider provider)
    {
        var services = await ServicesAsync(provider);
        var item = InProgress();
        item.Contact.Email = "dan@example.vn";
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
            db.Feedback.Add(item);
            await db.SaveChangesAsync(Ct);
        }

        await ChangeAsync(services, c => c.SaveAsync(VietnamTime.Day("2026-12-02"), false, "Nghỉ hoán đổi thử nghiệm", Admin, Ct));
        await ChangeAsync(services, c => c.SaveAsync(VietnamTime.Day("2026-12-02"), false, "Nghỉ hoán đổi thử nghiệm", Admin, Ct));

        await using var check = services.CreateAsyncScope();
        var sent = await check.ServiceProvider.GetRequiredService<PaknDbContext>().Notifications
            .Where(n => n.FeedbackId == item.Id && n.Kind == "citizen.deadlinemoved").ToListAsync(Ct);
        var message = Assert.Single(sent);
        Assert.Equal(("email", "dan@example.vn"), (message.Channel, message.Address));
        Assert.Contains("từ ngày 07/12/2026 thành ngày 08/12/2026", message.Body, StringComparison.Ordinal);
    }

    /// <summary>An item in progress, one answered, one whose deadline was extended to 14/12/2026.</summary>
    private static async Task<(Guid Open, Guid Answered, Guid Extended)> SeedAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var open = InProgress();
        var answered = InProgress();
        answered.Respond("Đã thay bóng đèn kiệt 45.", Officer, T("2026-11-24 10:00"));
        var extended = InProgress();
        extended.RequestExtension("Chờ nhà thầu", T("2026-12-14 17:00"), Officer, T("2026-11-24 08:00"));
        extended.ApproveExtension(Terms, "truongphong", T("2026-11-24 10:00"));
        db.Feedback.AddRange(open, answered, extended);
        await db.SaveChangesAsync(Ct);
        return (open.Id, answered.Id, extended.Id);
    }

    private static async Task<CalendarDayChangeResult> ChangeAsync(ServiceProvider services, Func<CalendarDayChanges, Task<CalendarDayChangeResult>> change)
    {
        await using var scope = services.CreateAsyncScope();
        return await change(scope.ServiceProvider.GetRequiredService<CalendarDayChanges>());
    }

    private static async Task<DateTimeOffset?> DueAsync(ServiceProvider services, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PaknDbContext>().Feedback.Where(f => f.Id == id).Select(f => f.ResolutionDueAt).SingleAsync(Ct);
    }

    private static async Task<List<string?>> NotesAsync(ServiceProvider services, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PaknDbContext>().AuditEntries
            .Where(a => a.FeedbackId == id && a.Note!.StartsWith("Hạn xử lý được tính lại"))
            .OrderBy(a => a.Id).Select(a => a.Note).ToListAsync(Ct);
    }
}
