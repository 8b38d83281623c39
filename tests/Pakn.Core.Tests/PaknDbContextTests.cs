using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Outbox;
using Pakn.Testing;

namespace Pakn.Core.Tests;

public sealed class PaknDbContextTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase _database = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Should_refuse_the_second_writer_when_two_contexts_move_the_same_version()
    {
        var id = await StoreItemAsync(TrackingCode.New());
        await using var routing = _database.CreateContext();
        await using var coordinator = _database.CreateContext();
        var seenByRouting = await routing.Feedback.SingleAsync(f => f.Id == id, Ct);
        var seenByCoordinator = await coordinator.Feedback.SingleAsync(f => f.Id == id, Ct);

        seenByRouting.SendToTriage("Không xác định được lĩnh vực", Actors.Routing, At.AddMinutes(1));
        await routing.SaveChangesAsync(Ct);
        seenByCoordinator.Reject("Nội dung không rõ ràng", "canbo.tiepnhan", At.AddMinutes(2));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => coordinator.SaveChangesAsync(Ct));
        await using var check = _database.CreateContext();
        var stored = await check.Feedback.Include(f => f.Audit).SingleAsync(f => f.Id == id, Ct);
        Assert.Equal(FeedbackState.NeedsTriage, stored.State);
        Assert.Equal(2, stored.Audit.Count);
    }

    [Fact]
    public async Task Should_refuse_a_second_item_when_its_tracking_code_is_taken()
    {
        var code = TrackingCode.New();
        await StoreItemAsync(code);

        await Assert.ThrowsAsync<DbUpdateException>(() => StoreItemAsync(code));
    }

    [Fact]
    public async Task Should_store_the_event_with_its_type_and_web_json_when_enqueued()
    {
        var feedbackId = Guid.NewGuid();
        await using (var db = _database.CreateContext())
        {
            db.Enqueue(new FeedbackRouted(feedbackId, "GIAO_THONG", "UBND_P_HAI_CHAU", Severity.Urgent, 0.87, "Từ khóa: ổ gà"), At);
            await db.SaveChangesAsync(Ct);
        }

        await using var check = _database.CreateContext();
        var row = await check.OutboxMessages.SingleAsync(Ct);
        Assert.Equal("Pakn.Core.Contracts.FeedbackRouted", row.MessageType);
        Assert.Equal(7, row.Id.Version);
        Assert.Equal(At, row.CreatedAt);
        Assert.Equal(0, row.Attempts);
        Assert.Null(row.ClaimToken);
        using var body = JsonDocument.Parse(row.Body);
        Assert.Equal(feedbackId, body.RootElement.GetProperty("feedbackId").GetGuid());
        Assert.Equal("Urgent", body.RootElement.GetProperty("severity").GetString());
        Assert.Equal("Từ khóa: ổ gà", body.RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Should_wake_the_relay_only_when_events_are_committed()
    {
        var signal = new OutboxSignal();
        await using (var db = new PaknDbContext(_database.Options(), signal))
        {
            db.Feedback.Add(NewItem(TrackingCode.New()));
            await db.SaveChangesAsync(Ct);
        }

        Assert.False(await signal.WaitAsync(TimeSpan.Zero, Ct));

        await using (var db = new PaknDbContext(_database.Options(), signal))
        {
            db.Enqueue(new FeedbackNeedsTriage(Guid.NewGuid(), "Không xác định được lĩnh vực", ["GIAO_THONG"]), At);
            await db.SaveChangesAsync(Ct);
        }

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, Ct));
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, Ct));
    }

    private static FeedbackItem NewItem(string trackingCode) =>
        FeedbackItem.Receive(trackingCode, Channel.Counter, "Vỉa hè bị lấn chiếm", null, "P_HAI_CHAU", null, null, null, new Contact(), At, "canbo.tiepnhan");

    private async Task<Guid> StoreItemAsync(string trackingCode)
    {
        await using var db = _database.CreateContext();
        var item = NewItem(trackingCode);
        db.Feedback.Add(item);
        await db.SaveChangesAsync(Ct);
        return item.Id;
    }
}
