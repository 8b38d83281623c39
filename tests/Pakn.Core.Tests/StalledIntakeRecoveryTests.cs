using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Core.Intake;
using Pakn.Testing;

namespace Pakn.Core.Tests;

public sealed class StalledIntakeRecoveryTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services;

    public StalledIntakeRecoveryTests()
    {
        _services = _database.CreateServices();
    }

    private StalledIntakeRecovery NewRecovery() => new(
        _services.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new PaknOptions { Intake = new IntakeOptions { RecoverAfter = TimeSpan.FromMinutes(2) } }),
        _time,
        new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance),
        NullLogger<StalledIntakeRecovery>.Instance);

    private async Task<FeedbackItem> StoreAsync(Action<FeedbackItem>? move = null)
    {
        await using var db = _database.CreateContext();
        var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, "Đèn đường hỏng", null, "P_HAI_CHAU",
            null, null, null, new Contact(), _time.GetUtcNow());
        move?.Invoke(item);
        db.Feedback.Add(item);
        await db.SaveChangesAsync(Ct);
        return item;
    }

    private async Task<List<Guid>> EnqueuedReceivedAsync()
    {
        await using var db = _database.CreateContext();
        var bodies = await db.OutboxMessages.Where(m => m.MessageType == typeof(FeedbackReceived).FullName)
            .Select(m => m.Body).ToListAsync(Ct);
        return bodies.Select(b => System.Text.Json.JsonDocument.Parse(b).RootElement.GetProperty("feedbackId").GetGuid()).ToList();
    }

    [Fact]
    public async Task Should_ask_routing_again_once_when_an_item_stays_received_past_the_limit()
    {
        var item = await StoreAsync();
        var recovery = NewRecovery();

        Assert.Equal(0, await recovery.RecoverAsync(Ct));
        _time.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, await recovery.RecoverAsync(Ct));
        Assert.Equal(0, await recovery.RecoverAsync(Ct));

        Assert.Equal([item.Id], await EnqueuedReceivedAsync());
        await using var db = _database.CreateContext();
        var stored = await db.Feedback.Include(f => f.Audit).SingleAsync(f => f.Id == item.Id, Ct);
        Assert.Equal(_time.GetUtcNow(), stored.RoutingRequestedAt);
        Assert.Single(stored.Audit);
    }

    [Fact]
    public async Task Should_leave_items_alone_when_routing_already_placed_them()
    {
        await StoreAsync(i => i.SendToTriage("Chưa rõ lĩnh vực", Actors.Routing, _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await NewRecovery().RecoverAsync(Ct));
        Assert.Empty(await EnqueuedReceivedAsync());
    }

    [Fact]
    public async Task Should_ask_once_in_total_when_two_processes_recover_together()
    {
        for (var i = 0; i < 20; i++)
        {
            await StoreAsync();
        }

        _time.Advance(TimeSpan.FromMinutes(5));

        await Task.WhenAll(NewRecovery().RecoverAsync(Ct), NewRecovery().RecoverAsync(Ct));

        var enqueued = await EnqueuedReceivedAsync();
        Assert.Equal(20, enqueued.Count);
        Assert.Equal(20, enqueued.Distinct().Count());
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }
}
