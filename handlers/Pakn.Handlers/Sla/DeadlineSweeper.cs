using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Hosting;

namespace Pakn.Handlers.Sla;

/// <summary>
/// Reports clocks whose warning point or deadline has come, exactly once even with several
/// processes: each item is claimed by its version (a second sweeper's save conflicts and is
/// dropped), and its events commit with the claim through the outbox. A sweeper that dies
/// mid-way committed nothing for the items it had not saved; the next sweep finds them again.
/// </summary>
public sealed partial class DeadlineSweeper(
    IServiceScopeFactory scopes,
    IOptions<SlaOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DeadlineSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WaitForStartAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SweepAsync(stoppingToken) == options.Value.BatchSize)
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex);
            }

            await Task.Delay(options.Value.SweepInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>One pass; returns how many due items it read.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var due = await db.Feedback
            .Where(f => f.SlaCheckAt != null && f.SlaCheckAt <= now)
            .OrderBy(f => f.SlaCheckAt)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var item in due)
        {
            foreach (var found in item.CheckSla(now))
            {
                if (found.Breached)
                {
                    db.Enqueue(new SlaBreached(item.Id, item.TrackingCode, item.UnitCode, found.Clock, found.DueAt), now);
                }
                else
                {
                    db.Enqueue(new SlaWarningReached(item.Id, item.TrackingCode, item.UnitCode, found.Clock, found.DueAt), now);
                }
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another sweeper, or a unit's action, changed the item first: drop this item's
                // claim and events; the next pass sees it afresh.
                foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }

        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline sweep failed")]
    private partial void LogFailed(Exception exception);
}
