using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pakn.Core.Data;
using Pakn.Core.Hosting;

namespace Pakn.Testing;

/// <summary>
/// One MassTransit test harness per scenario, over a private SQLite database and a fake clock:
/// consumers run exactly as in the host, with their real DbContext.
/// </summary>
public sealed class ConsumerTestHost : IAsyncDisposable
{
    private ConsumerTestHost(SqliteTestDatabase database, ServiceProvider provider, FakeTimeProvider time)
    {
        Database = database;
        Services = provider;
        Time = time;
        Harness = provider.GetRequiredService<ITestHarness>();
    }

    private readonly ConsumeCounter _consumed = new();

    public SqliteTestDatabase Database { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Time { get; }
    public ITestHarness Harness { get; }

    public static async Task<ConsumerTestHost> StartAsync(
        Action<IBusRegistrationConfigurator> consumers,
        Action<IServiceCollection>? services = null)
    {
        var database = new SqliteTestDatabase();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(time);
        collection.AddDbContext<PaknDbContext>(o => o.UsePaknDatabase(DatabaseProvider.Sqlite, database.ConnectionString));
        services?.Invoke(collection);
        collection.AddMassTransitTestHarness(x =>
        {
            consumers(x);
            // As in the host: transient conflicts are retried, not dropped.
            x.AddConfigureEndpointsCallback((_, _, endpoint) =>
                endpoint.UseMessageRetry(r => r.Intervals(20, 50, 100, 200, 500, 1000)));
        });
        var provider = collection.BuildServiceProvider(validateScopes: true);
        var host = new ConsumerTestHost(database, provider, time);
        await host.Harness.Start();
        host.Harness.Bus.ConnectConsumeObserver(host._consumed);
        return host;
    }

    /// <summary>Publishes as the outbox relay does: the MessageId is what consumers de-duplicate on.</summary>
    public Task PublishAsync<T>(T message, Guid messageId)
        where T : class =>
        Harness.Bus.Publish(message, context => context.MessageId = messageId);

    /// <summary>
    /// Waits until consumers have finished (successfully or not) this many deliveries of T in
    /// total. The harness lists a MessageId once, so it cannot count redeliveries; this can.
    /// </summary>
    public Task WaitForConsumedAsync<T>(int deliveries, TimeSpan? timeout = null)
        where T : class =>
        _consumed.WaitAsync(typeof(T), deliveries, timeout ?? TimeSpan.FromSeconds(30));

    public PaknDbContext CreateContext() => Database.CreateContext();

    public async Task<T> QueryAsync<T>(Func<PaknDbContext, Task<T>> query)
    {
        await using var db = CreateContext();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await Services.DisposeAsync();
        Database.Dispose();
    }
}
