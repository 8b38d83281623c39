using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pakn.Core.Notifications;
using Pakn.Handlers.Notifications;
using Pakn.Testing;

namespace Pakn.Handlers.Tests;

public sealed class NotificationDispatcherTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly ServiceProvider _services;
    private readonly NotificationOptions _options = new() { BatchSize = 5, MaxAttempts = 3, FirstRetryDelay = TimeSpan.FromMinutes(1) };

    public NotificationDispatcherTests() => _services = _database.CreateServices();

    private NotificationDispatcher NewDispatcher(params INotificationTransport[] transports) => new(
        _services.GetRequiredService<IServiceScopeFactory>(), [new StaffInboxTransport(), .. transports],
        Options.Create(_options), _time, new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance),
        NullLogger<NotificationDispatcher>.Instance);

    private async Task<List<Guid>> StoreAsync(int count, string channel)
    {
        await using var db = _database.CreateContext();
        var rows = Enumerable.Range(0, count).Select(i => channel == NotificationChannels.StaffInbox
            ? StaffAlerts.To(StaffRoles.UnitHead, "UBND_P_HAI_CHAU", "test", null, $"PA-TEST-{i:0000}", "Chủ đề", "Nội dung", Start)
            : new Notification
            {
                CreatedAt = Start, Kind = "citizen.answered", Channel = channel, Address = $"user-{i}", Subject = "Chủ đề",
                Body = "Nội dung", Link = "/tra-cuu/PA-TEST", NextAttemptAt = Start,
            }).ToList();
        db.Notifications.AddRange(rows);
        await db.SaveChangesAsync(Ct);
        return rows.Select(r => r.Id).ToList();
    }

    private async Task<List<Notification>> RowsAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Notifications.AsNoTracking().ToListAsync(Ct);
    }

    private static async Task DrainAsync(NotificationDispatcher dispatcher)
    {
        while (await dispatcher.DispatchBatchAsync(Ct) > 0)
        {
        }
    }

    [Fact]
    public async Task Should_deliver_staff_alerts_by_storing_them()
    {
        await StoreAsync(7, NotificationChannels.StaffInbox);

        await DrainAsync(NewDispatcher());

        Assert.All(await RowsAsync(), n => Assert.Equal((NotificationState.Delivered, 1, Start), (n.State, n.Attempts, n.DeliveredAt!.Value)));
        await using var db = _database.CreateContext();
        Assert.Equal(7, await db.StaffInbox(StaffRoles.UnitHead, "UBND_P_HAI_CHAU").CountAsync(Ct));
        Assert.Equal(0, await db.StaffInbox(StaffRoles.UnitHead, "SO_Y_TE").CountAsync(Ct));
    }

    [Fact]
    public async Task Should_retry_with_doubling_back_off_then_show_staff_a_failed_delivery()
    {
        var ids = await StoreAsync(1, NotificationChannels.Zalo);
        var zalo = new ScriptedTransport(NotificationChannels.Zalo, DeliveryResult.Retry("Zalo trả lỗi 503"));
        var dispatcher = NewDispatcher(zalo);

        await DrainAsync(dispatcher);
        var row = (await RowsAsync()).Single();
        Assert.Equal((NotificationState.Pending, 1, Start + TimeSpan.FromMinutes(1)), (row.State, row.Attempts, row.NextAttemptAt));

        _time.Advance(TimeSpan.FromSeconds(59));
        await DrainAsync(dispatcher);
        Assert.Equal(1, zalo.Attempts);
        _time.Advance(TimeSpan.FromSeconds(1));
        await DrainAsync(dispatcher);
        row = (await RowsAsync()).Single();
        Assert.Equal((2, _time.GetUtcNow() + TimeSpan.FromMinutes(2)), (row.Attempts, row.NextAttemptAt));

        _time.Advance(TimeSpan.FromMinutes(2));
        await DrainAsync(dispatcher);
        _time.Advance(TimeSpan.FromHours(2));
        await DrainAsync(dispatcher);

        Assert.Equal(3, zalo.Attempts);
        await using var db = _database.CreateContext();
        var failed = await db.Failed().SingleAsync(Ct);
        Assert.Equal((ids[0], "Zalo trả lỗi 503"), (failed.Id, failed.LastError));

        Assert.Equal(1, await db.RetryFailedAsync(ids[0], _time.GetUtcNow(), Ct));
        zalo.Next = DeliveryResult.Delivered;
        await DrainAsync(dispatcher);
        Assert.Equal(NotificationState.Delivered, (await RowsAsync()).Single().State);
    }

    [Fact]
    public async Task Should_give_up_at_once_on_a_permanent_failure()
    {
        await StoreAsync(1, NotificationChannels.Zalo);

        await DrainAsync(NewDispatcher(new ScriptedTransport(NotificationChannels.Zalo, DeliveryResult.Failure("Người dùng đã bỏ quan tâm OA"))));

        Assert.Equal((NotificationState.Failed, 1), (await RowsAsync()).Select(n => (n.State, n.Attempts)).Single());
    }

    [Fact]
    public async Task Should_attempt_each_row_once_when_two_dispatchers_run_together()
    {
        var ids = await StoreAsync(40, NotificationChannels.DirectLine);
        var transport = new ScriptedTransport(NotificationChannels.DirectLine, DeliveryResult.Delivered);

        await Task.WhenAll(DrainAsync(NewDispatcher(transport)), DrainAsync(NewDispatcher(transport)));

        Assert.Equal(ids.Order(), transport.Delivered.Keys.Order());
        Assert.All(transport.Delivered.Values, count => Assert.Equal(1, count));
        Assert.All(await RowsAsync(), n => Assert.Equal((NotificationState.Delivered, 1), (n.State, n.Attempts)));
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }

    /// <summary>A channel whose answer the test sets; counts what it was asked to deliver.</summary>
    private sealed class ScriptedTransport(string channel, DeliveryResult result) : INotificationTransport
    {
        private int _attempts;

        public string Channel => channel;
        public DeliveryResult Next { get; set; } = result;
        public int Attempts => _attempts;
        public ConcurrentDictionary<Guid, int> Delivered { get; } = new();

        public Task<DeliveryResult> DeliverAsync(NotificationEnvelope notification, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            if (Next.Outcome == DeliveryOutcome.Delivered)
            {
                Delivered.AddOrUpdate(notification.NotificationId, 1, (_, n) => n + 1);
            }

            return Task.FromResult(Next);
        }
    }
}
