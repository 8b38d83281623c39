using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Data;
using Pakn.Core.Hosting;

namespace Pakn.Core.Outbox;

/// <summary>
/// Publishes committed outbox rows to the bus. Several processes may relay from one database:
/// each claims rows with a conditional update, so a row is published by one relay at a time,
/// and a relay that dies mid-batch leaves rows that are claimed again once the claim expires.
/// Delivery is at least once; consumers de-duplicate on the MessageId (= the row id).
/// </summary>
public sealed partial class OutboxRelay(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private DateTimeOffset _nextPurge;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;

        await lifetime.WaitForStartAsync(stoppingToken);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var relayed = await RelayBatchAsync(stoppingToken);
                await PurgeProcessedAsync(stoppingToken);
                if (relayed < settings.BatchSize)
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogRelayFailed(ex);
                await Task.Delay(settings.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Claims and publishes one batch; returns how many rows it claimed.</summary>
    public async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var now = time.GetUtcNow();

        var candidates = await db.OutboxMessages
            .Where(m => m.ClaimedUntil == null || m.ClaimedUntil < now)
            .OrderBy(m => m.CreatedAt)
            .Select(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        // The claim re-checks the row's own condition, so two relays that read the same
        // candidates cannot both win a row.
        var token = Guid.NewGuid();
        var claimedUntil = now + settings.ClaimDuration;
        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id) && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.ClaimToken, token)
                    .SetProperty(m => m.ClaimedUntil, claimedUntil)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1),
                cancellationToken);

        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ClaimToken == token)
            .ToListAsync(cancellationToken);

        var published = await Task.WhenAll(rows.Select(row => PublishAsync(row, cancellationToken)));
        var done = rows.Where((_, i) => published[i]).Select(r => r.Id).ToList();
        if (done.Count > 0)
        {
            await db.OutboxMessages.Where(m => done.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        return rows.Count;
    }

    private async Task<bool> PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        try
        {
            var type = ContractTypes.Resolve(row.MessageType);
            var message = JsonSerializer.Deserialize(row.Body, type, OutboxSerializer.Options)
                ?? throw new InvalidOperationException("Empty outbox message body.");
            await bus.Publish(message, type, Pipe.Execute<PublishContext>(c => c.MessageId = row.Id), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The claim expires and the row is tried again; the error stays on the row for staff.
            LogPublishFailed(ex, row.Id, row.MessageType, row.Attempts);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
            var error = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            await db.OutboxMessages.Where(m => m.Id == row.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, error), CancellationToken.None);
            return false;
        }
    }

    private async Task PurgeProcessedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < _nextPurge)
        {
            return;
        }

        _nextPurge = now + TimeSpan.FromHours(1);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var before = now - options.Value.ProcessedRetention;
        await db.ProcessedMessages.Where(p => p.ProcessedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay pass failed")]
    private partial void LogRelayFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} ({MessageType}, attempt {Attempt}) failed")]
    private partial void LogPublishFailed(Exception exception, Guid messageId, string messageType, int attempt);
}
