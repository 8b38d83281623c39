using System.Collections.Concurrent;

namespace Pakn.Bot.DirectLine;

/// <summary>
/// Wakes this process's WebSocket streams when an activity of their conversation commits here.
/// Activities written by another process are found by the streams' short polling.
/// </summary>
public sealed class ActivitySignal
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new(StringComparer.Ordinal);

    public void Notify(string conversationId)
    {
        if (_waiting.TryRemove(conversationId, out var waiting))
        {
            waiting.TrySetResult();
        }
    }

    /// <summary>
    /// A task that completes on the next <see cref="Notify"/> for the conversation. Take it before
    /// reading the store, so a commit between the read and the wait is not missed.
    /// </summary>
    public Task Next(string conversationId) =>
        _waiting.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
}
