using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Data;
using Pakn.Core.Hosting;
using Pakn.Core.Notifications;

namespace Pakn.Handlers.Notifications;

/// <summary>
/// Delivers recorded notifications through the transport of their channel. Several processes
/// may dispatch from one database: each claims due rows with a conditional update (as the
/// outbox relay does), so a row is attempted by one process at a time, and a process that dies
/// mid-batch leaves rows that are claimed again once the claim expires. A transient failure is
/// retried with doubling back-off; after the last attempt, or a permanent failure, the row is
/// marked failed for staff to see (<see cref="NotificationQueries.Failed"/>).
/// </summary>
public sealed partial class NotificationDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<INotificationTransport> transports,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<NotificationDispatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, INotificationTransport> _transports =
        transports.GroupBy(t => t.Channel).ToDictionary(g => g.Key, g => g.Last());

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WaitForStartAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stoppingToken) == options.Value.BatchSize)
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(ex);
            }

            await Task.Delay(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Claims and attempts one batch; returns how many rows it claimed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var now = time.GetUtcNow();
        var candidates = await db.Notifications
            .Where(n => n.State == NotificationState.Pending && n.NextAttemptAt <= now && (n.ClaimedUntil == null || n.ClaimedUntil < now))
            .OrderBy(n => n.NextAttemptAt)
            .Select(n => n.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        // The claim re-checks the row's own condition, so two dispatchers cannot both win a row.
        var token = Guid.NewGuid();
        var claimedUntil = now + settings.ClaimDuration;
        await db.Notifications
            .Where(n => candidates.Contains(n.Id) && n.State == NotificationState.Pending && (n.ClaimedUntil == null || n.ClaimedUntil < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(n => n.ClaimToken, token)
                    .SetProperty(n => n.ClaimedUntil, claimedUntil)
                    .SetProperty(n => n.Attempts, n => n.Attempts + 1),
                cancellationToken);
        var rows = await db.Notifications.AsNoTracking().Where(n => n.ClaimToken == token).ToListAsync(cancellationToken);

        foreach (var row in rows)
        {
            var result = await AttemptAsync(row, cancellationToken);
            var done = time.GetUtcNow();
            var claimed = db.Notifications.Where(n => n.Id == row.Id && n.ClaimToken == token);
            var error = result.Error is { Length: > 2000 } text ? text[..2000] : result.Error;
            if (result.Outcome == DeliveryOutcome.Delivered)
            {
                await claimed.ExecuteUpdateAsync(s => s.SetProperty(n => n.State, NotificationState.Delivered)
                    .SetProperty(n => n.DeliveredAt, done).SetProperty(n => n.ClaimedUntil, (DateTimeOffset?)null)
                    .SetProperty(n => n.LastError, (string?)null), CancellationToken.None);
            }
            else if (result.Outcome == DeliveryOutcome.Failed || row.Attempts >= settings.MaxAttempts)
            {
                LogGaveUp(row.Id, row.Channel, row.Attempts);
                await claimed.ExecuteUpdateAsync(s => s.SetProperty(n => n.State, NotificationState.Failed)
                    .SetProperty(n => n.ClaimedUntil, (DateTimeOffset?)null).SetProperty(n => n.LastError, error), CancellationToken.None);
            }
            else
            {
                var next = done + settings.RetryDelay(row.Attempts);
                await claimed.ExecuteUpdateAsync(s => s.SetProperty(n => n.NextAttemptAt, next)
                    .SetProperty(n => n.ClaimedUntil, (DateTimeOffset?)null).SetProperty(n => n.LastError, error), CancellationToken.None);
            }
        }

        return rows.Count;
    }

    private async Task<DeliveryResult> AttemptAsync(Notification row, CancellationToken cancellationToken)
    {
        if (!_transports.TryGetValue(row.Channel, out var transport))
        {
            return DeliveryResult.Retry($"Chưa có kênh gửi “{row.Channel}” trong tiến trình này.");
        }

        try
        {
            return await transport.DeliverAsync(
                new NotificationEnvelope(row.Id, row.Channel, row.Address, row.Subject, row.Body, row.Link), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The message may name the address: it stays on the row for staff, not in the log.
            LogAttemptFailed(row.Id, row.Channel, ex.GetType().Name);
            return DeliveryResult.Retry(ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification dispatch pass failed")]
    private partial void LogPassFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId} ({Channel}) attempt failed: {ErrorType}")]
    private partial void LogAttemptFailed(Guid notificationId, string channel, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId} ({Channel}) given up after {Attempts} attempts")]
    private partial void LogGaveUp(Guid notificationId, string channel, int attempts);
}
