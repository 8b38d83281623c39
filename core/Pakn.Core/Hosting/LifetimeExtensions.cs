using Microsoft.Extensions.Hosting;

namespace Pakn.Core.Hosting;

public static class LifetimeExtensions
{
    /// <summary>
    /// Background loops that publish wait for this: by then every hosted service, the bus
    /// included, has started. Returns early (without throwing) when the host stops first.
    /// </summary>
    public static async Task WaitForStartAsync(this IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(started.SetResult))
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
