using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Calendar;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Core.Notifications;
using Pakn.Core.Sla;

namespace Pakn.Handlers.Sla;

/// <summary>
/// Reports clocks whose warning point or deadline has come, exactly once even with several
/// processes: each item is claimed by its version (a second sweeper's save conflicts and is
/// dropped), and its events and staff alerts commit with the claim (outbox, notifications).
/// A pass claims its due items in one transaction; a conflict on any of them rolls the batch
/// back and the pass claims item by item instead. Calendar arithmetic owed by recent
/// transitions is done first, with the item's own policy. A sweeper that dies mid-way committed
/// nothing for the items it had not saved; the next sweep finds them again.
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
        var due = await Due(db, now).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var rules = await Rules.LoadAsync(db, calendars.At(now), cancellationToken);
        foreach (var item in due)
        {
            Check(db, item, rules, now);
        }

        try
        {
            // The whole batch commits in one transaction: one write (one fsync on SQLite)
            // instead of one per item.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another sweeper, or a unit's action, changed one of the items first (or the
            // database chose this batch as a deadlock victim), and the batch rolled back as a whole. Claim the batch again item by item from fresh rows, so
            // only the items that really conflict are left for the next pass.
            db.ChangeTracker.Clear();
            foreach (var id in due.Select(i => i.Id))
            {
                var item = await Due(db, now).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
                if (item is null)
                {
                    continue;
                }

                Check(db, item, rules, now);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateConcurrencyException)
                {
                    db.ChangeTracker.Clear();
                }
            }
        }

        return due.Count;
    }

    private static IQueryable<FeedbackItem> Due(PaknDbContext db, DateTimeOffset now) =>
        db.Feedback.Where(f => f.SlaCheckAt != null && f.SlaCheckAt <= now).OrderBy(f => f.SlaCheckAt);

    /// <summary>Claims the item's due points (its version changes) and queues their events and alerts.</summary>
    private static void Check(PaknDbContext db, FeedbackItem item, Rules rules, DateTimeOffset now)
    {
        foreach (var found in item.CheckSla(now, rules.TermsFor(item)))
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
    }

    /// <summary>Policies are few and never change once saved: read them once per pass.</summary>
    private sealed record Rules(Dictionary<int, SlaPolicy> Policies, List<SlaPolicy> Current, Dictionary<string, int> FieldDays, WorkingCalendar Calendar)
    {
        public static async Task<Rules> LoadAsync(PaknDbContext db, WorkingCalendar calendar, CancellationToken cancellationToken)
        {
            var policies = await db.SlaPolicies.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
            var fieldDays = await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Code, f => f.ResolutionDays, cancellationToken);
            return new(policies, policies.Values.Where(p => p.SupersededAt == null).ToList(), fieldDays, calendar);
        }

        public SlaTerms TermsFor(FeedbackItem item)
        {
            var policy = item.SlaPolicyId is { } id && Policies.TryGetValue(id, out var kept)
                ? kept
                : SlaPolicies.MostSpecific(Current, item.FieldCode, item.Severity);
            return new SlaTerms(policy, Calendar, item.FieldCode is { } field && FieldDays.TryGetValue(field, out var days) ? days : 10);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline sweep failed")]
    private partial void LogFailed(Exception exception);
}
