using Microsoft.EntityFrameworkCore;
using Pakn.Core.Contracts;
using Pakn.Core.Feedback;
using Pakn.Core.Outbox;
using Pakn.Testing;

namespace Pakn.Core.Tests;

public sealed class IdempotencyTests : IDisposable
{
    private const string Assign = "handlers.assign-feedback";
    private const string Notify = "handlers.notify-citizen";
    private static readonly DateTimeOffset At = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase _database = new(seed: false);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Should_report_processed_only_after_the_mark_is_saved()
    {
        var messageId = Guid.NewGuid();
        await using var db = _database.CreateContext();
        Assert.False(await db.IsProcessedAsync(messageId, Assign, Ct));

        db.MarkProcessed(messageId, Assign, At);
        Assert.False(await db.IsProcessedAsync(messageId, Assign, Ct));
        await db.SaveChangesAsync(Ct);

        await using var other = _database.CreateContext();
        Assert.True(await other.IsProcessedAsync(messageId, Assign, Ct));
    }

    [Fact]
    public async Task Should_refuse_the_second_mark_when_the_same_consumer_handles_a_message_twice()
    {
        var messageId = Guid.NewGuid();
        await using (var first = _database.CreateContext())
        {
            first.MarkProcessed(messageId, Assign, At);
            await first.SaveChangesAsync(Ct);
        }

        await using var second = _database.CreateContext();
        second.MarkProcessed(messageId, Assign, At.AddSeconds(1));

        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync(Ct));
        await using var check = _database.CreateContext();
        Assert.Equal(At, (await check.ProcessedMessages.SingleAsync(Ct)).ProcessedAt);
    }

    [Fact]
    public async Task Should_roll_back_the_effect_when_the_mark_is_refused()
    {
        var messageId = Guid.NewGuid();
        await using (var first = _database.CreateContext())
        {
            first.MarkProcessed(messageId, Assign, At);
            await first.SaveChangesAsync(Ct);
        }

        await using var duplicate = _database.CreateContext();
        duplicate.Enqueue(new FeedbackReceived(Guid.NewGuid(), "PA-2345-6789", Channel.Api, null, At), At);
        duplicate.MarkProcessed(messageId, Assign, At);

        await Assert.ThrowsAsync<DbUpdateException>(() => duplicate.SaveChangesAsync(Ct));
        await using var check = _database.CreateContext();
        Assert.Equal(0, await check.OutboxMessages.CountAsync(Ct));
    }

    [Fact]
    public async Task Should_keep_consumers_independent_when_they_handle_the_same_message()
    {
        var messageId = Guid.NewGuid();
        await using (var db = _database.CreateContext())
        {
            db.MarkProcessed(messageId, Assign, At);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = _database.CreateContext())
        {
            Assert.False(await db.IsProcessedAsync(messageId, Notify, Ct));
            db.MarkProcessed(messageId, Notify, At);
            await db.SaveChangesAsync(Ct);
        }

        await using var check = _database.CreateContext();
        Assert.True(await check.IsProcessedAsync(messageId, Assign, Ct));
        Assert.True(await check.IsProcessedAsync(messageId, Notify, Ct));
        Assert.False(await check.IsProcessedAsync(messageId, "routing.route-feedback", Ct));
        Assert.False(await check.IsProcessedAsync(Guid.NewGuid(), Assign, Ct));
    }
}
