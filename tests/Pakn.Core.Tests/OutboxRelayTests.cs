using System.Collections.Concurrent;
using System.Data.Common;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Core.Outbox;
using Pakn.Testing;

namespace Pakn.Core.Tests;

public sealed class OutboxRelayTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly SqliteTestDatabase _database = new(seed: false);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero));
    private readonly PublishCounter _counter = new();
    private ServiceProvider _provider = null!;
    private ITestHarness _harness = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<OutboxSignal>();
        services.AddDbContext<PaknDbContext>(o => o.UsePaknDatabase(DatabaseProvider.Sqlite, _database.ConnectionString));

        // A long poll interval: inside a test, only a start or a signal can wake the relay.
        services.Configure<OutboxOptions>(o => o.PollInterval = TimeSpan.FromMinutes(10));
        services.AddSingleton<IHostApplicationLifetime, ApplicationLifetime>();
        services.AddSingleton<OutboxRelay>();
        services.AddMassTransitTestHarness();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        _harness = _provider.GetRequiredService<ITestHarness>();
        await _harness.Start();

        // The harness keeps one entry per MessageId, so it cannot see a message published twice;
        // this observer counts every publish.
        _provider.GetRequiredService<IBus>().ConnectPublishObserver(_counter);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Should_publish_with_the_row_id_as_message_id_and_delete_rows_when_relayed()
    {
        var events = await EnqueueAsync(3);
        var relay = _provider.GetRequiredService<OutboxRelay>();

        var claimed = await relay.RelayBatchAsync(Ct);

        Assert.Equal(3, claimed);
        foreach (var (rowId, feedbackId) in events)
        {
            Assert.True(await _harness.Published.Any<FeedbackReceived>(
                m => m.Context.MessageId == rowId && m.Context.Message.FeedbackId == feedbackId, Ct));
            Assert.Equal(1, _counter.Count(rowId));
        }

        Assert.Equal(0, await CountRowsAsync());
    }

    [Fact]
    public async Task Should_return_zero_and_publish_nothing_when_outbox_is_empty()
    {
        var relay = _provider.GetRequiredService<OutboxRelay>();

        Assert.Equal(0, await relay.RelayBatchAsync(Ct));
        Assert.Empty(PublishedIds());
    }

    [Fact]
    public async Task Should_leave_a_row_alone_when_another_relay_holds_its_claim()
    {
        var (held, _) = Assert.Single(await EnqueueAsync(1));
        var otherRelay = Guid.NewGuid();
        await SetClaimAsync(held, otherRelay, _time.GetUtcNow().AddSeconds(20));
        var (free, _) = Assert.Single(await EnqueueAsync(1));
        var relay = _provider.GetRequiredService<OutboxRelay>();

        var claimed = await relay.RelayBatchAsync(Ct);

        Assert.Equal(1, claimed);
        Assert.Equal(new[] { free }, PublishedIds());
        await using var db = _database.CreateContext();
        var row = await db.OutboxMessages.SingleAsync(Ct);
        Assert.Equal(held, row.Id);
        Assert.Equal(otherRelay, row.ClaimToken);
    }

    [Fact]
    public async Task Should_take_over_a_row_when_its_claim_has_expired()
    {
        var (held, _) = Assert.Single(await EnqueueAsync(1));
        await SetClaimAsync(held, Guid.NewGuid(), _time.GetUtcNow().AddSeconds(20));
        var relay = _provider.GetRequiredService<OutboxRelay>();
        Assert.Equal(0, await relay.RelayBatchAsync(Ct));

        _time.Advance(TimeSpan.FromSeconds(21));
        var claimed = await relay.RelayBatchAsync(Ct);

        Assert.Equal(1, claimed);
        Assert.Equal(new[] { held }, PublishedIds());
        Assert.Equal(0, await CountRowsAsync());
    }

    [Fact]
    public async Task Should_publish_each_row_exactly_once_when_two_relays_run_concurrently()
    {
        var events = await EnqueueAsync(200);
        using var first = NewRelay(batchSize: 20);
        using var second = NewRelay(batchSize: 20);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task<int> DrainAsync(OutboxRelay relay)
        {
            await start.Task;
            var total = 0;
            int claimed;
            while ((claimed = await relay.RelayBatchAsync(Ct)) > 0)
            {
                total += claimed;
            }

            return total;
        }

        var runs = new[] { Task.Run(() => DrainAsync(first), Ct), Task.Run(() => DrainAsync(second), Ct) };
        start.SetResult();
        var claimedBy = await Task.WhenAll(runs).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"Rows claimed: {claimedBy[0]} + {claimedBy[1]}");

        Assert.Equal(200, claimedBy.Sum());
        Assert.Equal(0, await CountRowsAsync());
        Assert.Equal(events.Select(e => e.RowId).Order(), _counter.Ids.Order());
        Assert.All(_counter.Ids, id => Assert.Equal(1, _counter.Count(id)));
        Assert.Equal(events.Select(e => e.RowId).Order(), PublishedIds().Order());
    }

    [Fact]
    public async Task Should_not_publish_a_row_twice_when_another_relay_claims_it_between_read_and_claim()
    {
        // Relay A reads all 200 candidates; before A's claim runs, relay B claims 100 of them.
        // A's claim must skip B's rows although they are in A's candidate list.
        var events = await EnqueueAsync(200);
        var bClaimed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var aClaimed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<int>? bRun = null;
        OutboxRelay? relayB = null;

        var hookA = new ClaimHook(
            before: async () =>
            {
                bRun = Task.Run(() => relayB!.RelayBatchAsync(Ct), Ct);
                await bClaimed.Task.WaitAsync(Patience, Ct);
            },
            after: () =>
            {
                aClaimed.TrySetResult();
                return Task.CompletedTask;
            });
        var hookB = new ClaimHook(
            before: () => Task.CompletedTask,
            after: async () =>
            {
                bClaimed.TrySetResult();
                await aClaimed.Task.WaitAsync(Patience, Ct);
            });
        await using var scopesA = HookedScopes(hookA);
        await using var scopesB = HookedScopes(hookB);
        using var relayA = NewRelay(batchSize: 200, scopesA.GetRequiredService<IServiceScopeFactory>());
        relayB = NewRelay(batchSize: 100, scopesB.GetRequiredService<IServiceScopeFactory>());
        using var disposeB = relayB;

        var claimedByA = await relayA.RelayBatchAsync(Ct);
        Assert.NotNull(bRun);
        var claimedByB = await bRun.WaitAsync(Patience, Ct);

        Assert.Equal(100, claimedByB);
        Assert.Equal(100, claimedByA);
        Assert.Equal(0, await CountRowsAsync());
        Assert.Equal(events.Select(e => e.RowId).Order(), _counter.Ids.Order());
        Assert.All(_counter.Ids, id => Assert.Equal(1, _counter.Count(id)));
    }

    [Theory]
    [InlineData("Pakn.Core.Contracts.FeedbackVanished", "{}", "Unknown message contract")]
    [InlineData("Pakn.Core.Outbox.OutboxMessage", "{}", "Unknown message contract")]
    [InlineData("System.String", "\"x\"", "Unknown message contract")]
    [InlineData("Pakn.Core.Contracts.FeedbackReceived", "not json", "invalid JSON")]
    [InlineData("Pakn.Core.Contracts.FeedbackReceived", "null", "Empty outbox message body")]
    public async Task Should_keep_the_row_with_its_error_when_it_cannot_be_published(string messageType, string body, string error)
    {
        var broken = Guid.CreateVersion7();
        await using (var db = _database.CreateContext())
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = broken,
                MessageType = messageType,
                Body = body,
                CreatedAt = _time.GetUtcNow(),
            });
            await db.SaveChangesAsync(Ct);
        }

        var (good, _) = Assert.Single(await EnqueueAsync(1));
        var relay = _provider.GetRequiredService<OutboxRelay>();

        Assert.Equal(2, await relay.RelayBatchAsync(Ct));

        Assert.Equal(new[] { good }, PublishedIds());
        var row = await LoadRowAsync(broken);
        Assert.NotNull(row);
        Assert.NotNull(row.LastError);
        Assert.Contains(error, row.LastError, StringComparison.Ordinal);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(_time.GetUtcNow() + new OutboxOptions().ClaimDuration, row.ClaimedUntil);

        // Held until the claim expires, then tried again.
        Assert.Equal(0, await relay.RelayBatchAsync(Ct));
        _time.Advance(new OutboxOptions().ClaimDuration + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await relay.RelayBatchAsync(Ct));
        Assert.Equal(2, (await LoadRowAsync(broken))?.Attempts);
        Assert.Equal(new[] { good }, PublishedIds());
    }

    [Fact]
    public async Task Should_wait_for_the_application_to_start_when_running_in_the_background()
    {
        var relay = _provider.GetRequiredService<OutboxRelay>();
        var lifetime = (ApplicationLifetime)_provider.GetRequiredService<IHostApplicationLifetime>();
        await relay.StartAsync(Ct);
        try
        {
            var (rowId, _) = Assert.Single(await EnqueueAsync(1, signal: true));
            await Task.Delay(300, Ct);
            Assert.Empty(PublishedIds());
            Assert.Equal(1, await CountRowsAsync());

            lifetime.NotifyStarted();

            await WaitUntilAsync(() => Task.FromResult(_counter.Count(rowId) == 1));
            await WaitUntilAsync(async () => await CountRowsAsync() == 0);
            Assert.Equal(new[] { rowId }, PublishedIds());
        }
        finally
        {
            await relay.StopAsync(Ct);
        }
    }

    [Fact]
    public async Task Should_purge_old_marks_and_wake_on_signal_when_running_in_the_background()
    {
        var old = Guid.NewGuid();
        var recent = Guid.NewGuid();
        await using (var db = _database.CreateContext())
        {
            db.MarkProcessed(old, "handlers.assign-feedback", _time.GetUtcNow().AddDays(-8));
            db.MarkProcessed(recent, "handlers.assign-feedback", _time.GetUtcNow().AddDays(-6));
            await db.SaveChangesAsync(Ct);
        }

        var relay = _provider.GetRequiredService<OutboxRelay>();
        var lifetime = (ApplicationLifetime)_provider.GetRequiredService<IHostApplicationLifetime>();
        await relay.StartAsync(Ct);
        try
        {
            lifetime.NotifyStarted();
            await WaitUntilAsync(async () =>
            {
                await using var db = _database.CreateContext();
                return !await db.IsProcessedAsync(old, "handlers.assign-feedback", Ct);
            });
            await using (var db = _database.CreateContext())
            {
                Assert.True(await db.IsProcessedAsync(recent, "handlers.assign-feedback", Ct));
            }

            // The relay now sleeps for its 10-minute poll interval; only the signal can wake it.
            var (rowId, _) = Assert.Single(await EnqueueAsync(1, signal: true));

            await WaitUntilAsync(() => Task.FromResult(_counter.Count(rowId) == 1));
            Assert.Equal(new[] { rowId }, PublishedIds());
        }
        finally
        {
            await relay.StopAsync(Ct);
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Condition not met in time.");
            await Task.Delay(20, Ct);
        }
    }

    private async Task<List<(Guid RowId, Guid FeedbackId)>> EnqueueAsync(int count, bool signal = false)
    {
        await using var db = signal
            ? new PaknDbContext(_database.Options(), _provider.GetRequiredService<OutboxSignal>())
            : _database.CreateContext();
        var now = _time.GetUtcNow();
        var feedbackIds = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var feedbackId = Guid.CreateVersion7(now);
            feedbackIds.Add(feedbackId);
            db.Enqueue(new FeedbackReceived(feedbackId, TrackingCode.New(), Channel.Api, "P_HAI_CHAU", now), now);
        }

        var rowIds = db.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity.Id).ToList();
        await db.SaveChangesAsync(Ct);
        return rowIds.Zip(feedbackIds).ToList();
    }

    private async Task SetClaimAsync(Guid rowId, Guid token, DateTimeOffset until)
    {
        await using var db = _database.CreateContext();
        var row = await db.OutboxMessages.SingleAsync(m => m.Id == rowId, Ct);
        row.ClaimToken = token;
        row.ClaimedUntil = until;
        await db.SaveChangesAsync(Ct);
    }

    private async Task<int> CountRowsAsync()
    {
        await using var db = _database.CreateContext();
        return await db.OutboxMessages.CountAsync(Ct);
    }

    private async Task<OutboxMessage?> LoadRowAsync(Guid id)
    {
        await using var db = _database.CreateContext();
        return await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, Ct);
    }

    /// <summary>What the harness saw published so far, without waiting for more.</summary>
    private List<Guid> PublishedIds() =>
        _harness.Published.Select<FeedbackReceived>(new CancellationToken(canceled: true))
            .Select(m => m.Context.MessageId!.Value)
            .ToList();

    private OutboxRelay NewRelay(int batchSize, IServiceScopeFactory? scopes = null)
    {
        var options = Options.Create(new OutboxOptions { BatchSize = batchSize });
        return scopes is null
            ? ActivatorUtilities.CreateInstance<OutboxRelay>(_provider, options)
            : ActivatorUtilities.CreateInstance<OutboxRelay>(_provider, options, scopes);
    }

    private ServiceProvider HookedScopes(ClaimHook hook)
    {
        var services = new ServiceCollection();
        services.AddDbContext<PaknDbContext>(o => o.UsePaknDatabase(DatabaseProvider.Sqlite, _database.ConnectionString).AddInterceptors(hook));
        return services.BuildServiceProvider();
    }

    private sealed class PublishCounter : IPublishObserver
    {
        private readonly ConcurrentDictionary<Guid, int> _counts = new();

        public IEnumerable<Guid> Ids => _counts.Keys;

        public int Count(Guid messageId) => _counts.GetValueOrDefault(messageId);

        public Task PrePublish<T>(PublishContext<T> context)
            where T : class => Task.CompletedTask;

        public Task PostPublish<T>(PublishContext<T> context)
            where T : class
        {
            if (context.MessageId is { } id)
            {
                _counts.AddOrUpdate(id, 1, (_, n) => n + 1);
            }

            return Task.CompletedTask;
        }

        public Task PublishFault<T>(PublishContext<T> context, Exception exception)
            where T : class => Task.CompletedTask;
    }

    /// <summary>Runs code just before and just after a relay's claim (the conditional UPDATE) executes.</summary>
    private sealed class ClaimHook(Func<Task> before, Func<Task> after) : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (IsClaim(command))
            {
                await before();
            }

            return result;
        }

        public override async ValueTask<int> NonQueryExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (IsClaim(command))
            {
                await after();
            }

            return result;
        }

        private static bool IsClaim(DbCommand command) =>
            command.CommandText.StartsWith("UPDATE", StringComparison.Ordinal)
            && command.CommandText.Contains("\"ClaimToken\"", StringComparison.Ordinal);
    }
}
