namespace Pakn.Core.Outbox;

/// <summary>
/// Wakes the relay as soon as events are committed, so a message waits milliseconds, not a
/// polling interval. Polling remains for events committed by other processes. Nothing here is
/// disposable: a consumer finishing during shutdown may still notify.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _pending = NewSource();

    public void Notify() => Volatile.Read(ref _pending).TrySetResult();

    /// <summary>
    /// True when notified, false after the timeout. A notification that arrives while the relay
    /// is busy is not lost: the relay's next pass reads everything committed before it.
    /// </summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var pending = Volatile.Read(ref _pending);
        try
        {
            await pending.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Time to poll.
        }

        if (!pending.Task.IsCompleted)
        {
            return false;
        }

        Interlocked.CompareExchange(ref _pending, NewSource(), pending);
        return true;
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
