using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Calendar;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Hosting;
using Pakn.Core.Notifications;
using Pakn.Core.Sla;

namespace Pakn.Handlers.Sla;

/// <summary>
/// Reports clocks whose warning point or deadline has come, exactly once even with several
/// processes: each item is claimed by its version (a second sweeper's save conflicts and is
/// dropped), and its events and staff alerts commit with the claim (outbox, notifications).
/// Calendar arithmetic owed by recent transitions is done first, with the item's own policy. A sweeper that dies
/// mid-way committed nothing for the items it had not saved; the next sweep finds them again.
/// </summary>
public sealed partial class DeadlineSweeper(
    IServiceScopeFactory scopes,
    IOptions<SlaOptions> options,
    WorkingCalendars calendars,
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

        if (due.Count == 0)
        {
            return 0;
        }

        // Policies are few and never change once saved: read them once per pass.
        var policies = await db.SlaPolicies.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var current = policies.Values.Where(p => p.SupersededAt == null).ToList();
        var fieldDays = await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Code, f => f.ResolutionDays, cancellationToken);
        var calendar = calendars.At(now);

        foreach (var item in due)
        {
            var policy = item.SlaPolicyId is { } id && policies.TryGetValue(id, out var kept)
                ? kept
                : SlaPolicies.MostSpecific(current, item.FieldCode, item.Severity);
            var terms = new SlaTerms(policy, calendar, item.FieldCode is { } field && fieldDays.TryGetValue(field, out var days) ? days : 10);
            foreach (var found in item.CheckSla(now, terms))
            {
                if (found.Breached)
                {
                    db.Enqueue(new SlaBreached(item.Id, item.TrackingCode, item.UnitCode, found.Clock, found.DueAt), now);
                    db.Notifications.AddRange(StaffAlerts.Breach(item.TrackingCode, item.Id, item.UnitCode, found.Clock, found.DueAt, now));
                }
                else
                {
                    db.Enqueue(new SlaWarningReached(item.Id, item.TrackingCode, item.UnitCode, found.Clock, found.DueAt), now);
                    db.Notifications.AddRange(StaffAlerts.Warning(item.TrackingCode, item.Id, item.UnitCode, found.Clock, found.DueAt, now));
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
