using MassTransit;

namespace Pakn.Host.Simulation;

/// <summary>
/// Knows when the pipeline has settled: no message being consumed, none published since the
/// last look, and nothing left in the outbox. The simulation moves the clock only then, so no
/// consumer sees time jump under it mid-way.
/// </summary>
internal sealed class BusActivity : IReceiveObserver, IPublishObserver
{
    private long _inFlight;
    private long _received;
    private long _published;
    private long _faults;

    public long Faults => Interlocked.Read(ref _faults);

    public long Published => Interlocked.Read(ref _published);

    public (long InFlight, long Received, long Published) Snapshot() =>
        (Interlocked.Read(ref _inFlight), Interlocked.Read(ref _received), Interlocked.Read(ref _published));

    public Task PreReceive(ReceiveContext context)
    {
        Interlocked.Increment(ref _inFlight);
        Interlocked.Increment(ref _received);
        return Task.CompletedTask;
    }

    public Task PostReceive(ReceiveContext context)
    {
        Interlocked.Decrement(ref _inFlight);
        return Task.CompletedTask;
    }

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        Interlocked.Decrement(ref _inFlight);
        Interlocked.Increment(ref _faults);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class
    {
        Interlocked.Increment(ref _faults);
        return Task.CompletedTask;
    }

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        Interlocked.Increment(ref _published);
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
