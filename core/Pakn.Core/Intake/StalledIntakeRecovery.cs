using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;

namespace Pakn.Core.Intake;

/// <summary>
/// Nothing lost: an item that stays "received" (its FeedbackReceived died with a stopped
/// process, or sat in an error queue) is offered to routing again. Routing and assignment
/// check the item's state, so a late original and the repeat cannot both take effect.
/// </summary>
public sealed partial class StalledIntakeRecovery(
    IServiceScopeFactory scopes,
    IOptions<PaknOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<StalledIntakeRecovery> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WaitForStartAsync(stoppingToken);

        var recoverAfter = options.Value.Intake.RecoverAfter;
        var interval = TimeSpan.FromTicks(Math.Clamp(recoverAfter.Ticks / 2, TimeSpan.FromMilliseconds(200).Ticks, TimeSpan.FromSeconds(30).Ticks));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RecoverAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex);
            }

            await Task.Delay(interval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>One pass; returns how many stalled items it found.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now - options.Value.Intake.RecoverAfter;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var stalled = await db.Feedback
            .Where(f => f.State == FeedbackState.Received && f.RoutingRequestedAt < cutoff)
            .OrderBy(f => f.ReceivedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var item in stalled)
        {
            item.RequestRoutingAgain(now);
            db.Enqueue(new FeedbackReceived(item.Id, item.TrackingCode, item.Channel, item.AreaCode, item.ReceivedAt), now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                LogRecovered(item.Id);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another process recovered it, or routing moved it on, in the meantime.
                db.ChangeTracker.Clear();
            }
        }

        return stalled.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feedback {FeedbackId} was still waiting for routing; asked again")]
    private partial void LogRecovered(Guid feedbackId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recovery of stalled intake failed")]
    private partial void LogFailed(Exception exception);
}
