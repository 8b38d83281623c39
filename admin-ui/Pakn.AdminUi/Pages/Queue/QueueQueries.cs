using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Access;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Text;

namespace Pakn.AdminUi.Pages.Queue;

/// <summary>The unit queue: only what the person may read, filtered, counted and paged in the database.</summary>
public sealed class QueueQueries(PaknDbContext db, TimeProvider time)
{
    public const int ExcerptLength = 160;

    public async Task<QueueResult> GetAsync(StaffScope scope, QueueFilter filter, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var visible = db.Feedback.AsNoTracking().VisibleTo(scope);
        var items = Filter(visible, filter, now);
        var total = await items.CountAsync(cancellationToken);
        var rows = await Order(items, filter, now)
            .Skip(Math.Max(0, filter.Page) * filter.PageSize)
            .Take(Math.Clamp(filter.PageSize, 1, 200))
            .Select(f => new QueueRow(
                f.TrackingCode,
                f.Title,
                f.Content,
                f.State,
                f.Severity,
                f.FieldCode,
                f.UnitCode,
                f.Channel,
                f.Confidential,
                f.ReceivedAt,
                f.FirstResponseDueAt,
                f.ResolutionDueAt,
                (f.FirstResponseOnTime == null && f.FirstResponseDueAt < now) || (f.ResolutionOnTime == null && f.ResolutionDueAt < now)))
            .ToListAsync(cancellationToken);
        rows = [.. rows.Select(r => r.Content.Length > ExcerptLength ? r with { Content = string.Concat(r.Content.AsSpan(0, ExcerptLength), "…") } : r)];
        return new QueueResult(rows, total, await CountAsync(visible, now, cancellationToken));
    }

    public async Task<(IReadOnlyList<Items.FieldOption> Fields, IReadOnlyList<Items.UnitOption> Units)> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        var fields = await db.Fields.AsNoTracking().OrderBy(f => f.SortOrder)
            .Select(f => new Items.FieldOption(f.Code, f.Name)).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name)
            .Select(u => new Items.UnitOption(u.Code, u.Name)).ToListAsync(cancellationToken);
        return (fields, units);
    }

    /// <summary>Changes whenever an item the person can see arrives or moves: every transition bumps a version.</summary>
    public async Task<(int Count, long Versions)> StampAsync(StaffScope scope, CancellationToken cancellationToken = default)
    {
        var visible = db.Feedback.VisibleTo(scope);
        return (await visible.CountAsync(cancellationToken), await visible.SumAsync(f => (long)f.Version, cancellationToken));
    }

    private static IQueryable<FeedbackItem> Filter(IQueryable<FeedbackItem> items, QueueFilter filter, DateTimeOffset now)
    {
        if (filter.State is { } state)
        {
            items = items.Where(f => f.State == state);
        }
        else if (filter.OpenOnly)
        {
            var open = FeedbackStateNames.OpenStates.ToList();
            items = items.Where(f => open.Contains(f.State));
        }

        if (!string.IsNullOrWhiteSpace(filter.FieldCode))
        {
            items = items.Where(f => f.FieldCode == filter.FieldCode);
        }

        if (!string.IsNullOrWhiteSpace(filter.UnitCode))
        {
            items = items.Where(f => f.UnitCode == filter.UnitCode);
        }

        if (filter.Severity is { } severity)
        {
            items = items.Where(f => f.Severity == severity);
        }

        if (filter.OverdueOnly)
        {
            items = items.Where(Overdue(now));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            if (TrackingCode.TryNormalize(term, out var code))
            {
                items = items.Where(f => f.TrackingCode == code);
            }
            else
            {
                var canonical = VietnameseText.Canonical(term);
                items = items.Where(f => f.Content.Contains(canonical) || (f.Title != null && f.Title.Contains(canonical)));
            }
        }

        return items;
    }

    private static IOrderedQueryable<FeedbackItem> Order(IQueryable<FeedbackItem> items, QueueFilter filter, DateTimeOffset now) => filter.Sort switch
    {
        QueueSort.ReceivedAt => filter.Descending ? items.OrderByDescending(f => f.ReceivedAt) : items.OrderBy(f => f.ReceivedAt),
        QueueSort.ResolutionDue => filter.Descending ? items.OrderByDescending(f => f.ResolutionDueAt) : items.OrderBy(f => f.ResolutionDueAt),
        QueueSort.State => filter.Descending ? items.OrderByDescending(f => f.State) : items.OrderBy(f => f.State),
        _ => items.OrderByDescending(f => (f.FirstResponseOnTime == null && f.FirstResponseDueAt < now) || (f.ResolutionOnTime == null && f.ResolutionDueAt < now))
            .ThenBy(f => f.ResolutionDueAt == null)
            .ThenBy(f => f.ResolutionDueAt)
            .ThenBy(f => f.ReceivedAt),
    };

    private static System.Linq.Expressions.Expression<Func<FeedbackItem, bool>> Overdue(DateTimeOffset now) =>
        f => (f.FirstResponseOnTime == null && f.FirstResponseDueAt < now) || (f.ResolutionOnTime == null && f.ResolutionDueAt < now);

    private static async Task<QueueCounters> CountAsync(IQueryable<FeedbackItem> visible, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = FeedbackStateNames.OpenStates.ToList();
        var openItems = visible.Where(f => open.Contains(f.State));
        var soon = now.AddHours(24);
        return new QueueCounters(
            await openItems.CountAsync(cancellationToken),
            await openItems.CountAsync(f => f.State == FeedbackState.Assigned, cancellationToken),
            await openItems.CountAsync(Overdue(now), cancellationToken),
            await openItems.CountAsync(f => f.ResolutionOnTime == null && f.ResolutionDueAt >= now && f.ResolutionDueAt < soon, cancellationToken),
            await openItems.CountAsync(f => f.State == FeedbackState.NeedsInfo, cancellationToken));
    }
}
