using System.Collections.Concurrent;
using MassTransit;

namespace Pakn.Testing;

/// <summary>Counts finished consumes per message type, including redeliveries of one MessageId.</summary>
internal sealed class ConsumeCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Type, int> _counts = new();

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Count(typeof(T));

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Count(typeof(T));

    public async Task WaitAsync(Type type, int deliveries, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_counts.GetValueOrDefault(type) < deliveries)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Only {_counts.GetValueOrDefault(type)} of {deliveries} deliveries of {type.Name} were consumed within {timeout}.");
            }

            await Task.Delay(20);
        }
    }

    private Task Count(Type type)
    {
        _counts.AddOrUpdate(type, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
