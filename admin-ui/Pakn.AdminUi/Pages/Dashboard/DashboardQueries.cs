using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;
using Pakn.Core.Reference;
using Pakn.Core.Feedback;

namespace Pakn.AdminUi.Pages.Dashboard;

/// <summary>
/// The leaders' figures for items received in a period, counted in the database from the
/// frozen on-time flags, so a past period reads the same every time it is opened. Every
/// target comes from one grouped pass over the period's items (per unit, summed here), which
/// the IX_Feedback_Dashboard index answers without reading the table.
/// </summary>
public sealed class DashboardQueries(PaknDbContext db, TimeProvider time)
{
    /// <summary>Ratings of 4 or 5 count as satisfied (SIPAS: hài lòng, rất hài lòng).</summary>
    public const int SatisfiedFrom = 4;

    private static readonly FeedbackState[] Processed =
        [FeedbackState.Answered, FeedbackState.Published, FeedbackState.Closed, FeedbackState.Rejected, FeedbackState.Merged];

    public async Task<DashboardFigures> ComputeAsync(ReportPeriod period, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        // One grouped pass gives units, fields and channels at once; the previous period needs totals only.
        var tallies = await TallyAsync(period, f => new { f.UnitCode, f.FieldCode, f.Channel }, now, ct);
        var previous = period.Previous();
        var before = previous is null ? null : Targets(Sum(await TallyAsync(previous, f => f.Confidential && !f.Confidential, now, ct)), null);
        var total = Sum(tallies);
        var targets = Targets(total, before);

        // A past period shows each unit under the name it had then (units are versioned).
        var unitNames = await UnitNames.AtAsync(db, period.To < now ? period.To.AddTicks(-1) : now, ct);
        var units = tallies.Where(t => t.Key.UnitCode is not null).GroupBy(t => t.Key.UnitCode!)
            .Select(g => (Code: g.Key, Tally: Sum(g)))
            .Select(u => new UnitFigures(u.Code, unitNames.GetValueOrDefault(u.Code, u.Code), u.Tally.Received, u.Tally.Processed, u.Tally.OnTime,
                u.Tally.Late, u.Tally.OpenOverdue, u.Tally.Rated, u.Tally.Satisfied))
            .OrderByDescending(u => u.OnTimePercent ?? -1).ThenByDescending(u => u.ProcessedPercent ?? -1)
            .ThenByDescending(u => u.Processed).ThenBy(u => u.UnitName, StringComparer.Ordinal)
            .ToList();

        var items = InPeriod(period);
        var fieldNames = await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Code, f => f.Name, ct);
        var byField = tallies.GroupBy(t => t.Key.FieldCode)
            .Select(g => (g.Key is null ? "Chưa phân loại" : fieldNames.GetValueOrDefault(g.Key, g.Key), g.Sum(t => t.Received)))
            .OrderByDescending(g => g.Item2).ThenBy(g => g.Item1, StringComparer.Ordinal).ToList();
        var byChannel = tallies.GroupBy(t => t.Key.Channel)
            .Select(g => (ChannelNames.Label(g.Key), g.Sum(t => t.Received))).OrderByDescending(g => g.Item2).ToList();

        var open = FeedbackStateNames.OpenStates.ToList();
        var overdue = (await items.Where(f => open.Contains(f.State) && f.ResolutionDueAt < now)
                .OrderBy(f => f.UnitCode).ThenBy(f => f.ResolutionDueAt)
                .Take(200)
                .Select(f => new { f.TrackingCode, f.UnitCode, f.Title, f.Content, f.ResolutionDueAt })
                .ToListAsync(ct))
            .Select(f => new OverdueItem(f.TrackingCode, f.UnitCode is null ? null : unitNames.GetValueOrDefault(f.UnitCode, f.UnitCode),
                f.Title ?? (f.Content.Length > 120 ? string.Concat(f.Content.AsSpan(0, 120), "…") : f.Content), f.ResolutionDueAt))
            .ToList();

        return new DashboardFigures(period, total.Received, targets, units, byField, byChannel, overdue)
        {
            ByPeriod = await SlicesAsync(period, ct),
            Previous = previous,
        };
    }

    private IQueryable<FeedbackItem> InPeriod(ReportPeriod period) =>
        db.Feedback.AsNoTracking().Where(f => f.ReceivedAt >= period.From && f.ReceivedAt < period.To);

    private static List<TargetFigure> Targets(Tally<int> t, List<TargetFigure>? before) =>
    [
        Target("PAKN được xử lý", t.Processed, t.Received, 100, before),
        Target("PAKN đã xử lý được công khai", t.Published, t.Answered, 100, before),
        Target("Phản hồi trong 24 giờ", t.FirstOnTime, t.FirstOnTime + t.FirstLate, 100, before),
        Target("Giải quyết đúng hạn", t.OnTime, t.OnTime + t.Late, 90, before),
        Target("Trễ hẹn có thư xin lỗi", t.Apologised, t.Overdue, 100, before),
        Target("Người dân hài lòng", t.Satisfied, t.Rated, 90, before),
    ];

    private static TargetFigure Target(string name, int numerator, int denominator, double threshold, List<TargetFigure>? before) =>
        new(name, numerator, denominator, threshold, before?.Single(b => b.Name == name).Percent);

    /// <summary>
    /// Late means the frozen flag says so, or the clock was breached and the stage has not ended
    /// yet (an item nobody answered is late already, and stays late when it is answered).
    /// </summary>
    private async Task<List<Tally<TKey>>> TallyAsync<TKey>(
        ReportPeriod period, Expression<Func<FeedbackItem, TKey>> groupBy, DateTimeOffset now, CancellationToken ct)
    {
        var open = FeedbackStateNames.OpenStates.ToList();
        var tallies = await InPeriod(period)
            .GroupBy(groupBy)
            .Select(g => new Tally<TKey>
            {
                Key = g.Key,
                Received = g.Count(),
                Processed = g.Count(f => Processed.Contains(f.State)),
                Answered = g.Count(f => f.AnsweredAt != null && !f.Confidential && f.State != FeedbackState.Merged && f.State != FeedbackState.Rejected),
                Published = g.Count(f => f.AnsweredAt != null && !f.Confidential && f.State != FeedbackState.Merged && f.State != FeedbackState.Rejected && f.PublishedAt != null),
                FirstOnTime = g.Count(f => f.FirstResponseOnTime == true),
                FirstLate = g.Count(f => f.FirstResponseOnTime == false || (f.FirstResponseOnTime == null && f.FirstResponseBreached)),
                OnTime = g.Count(f => f.ResolutionOnTime == true),
                Late = g.Count(f => f.ResolutionOnTime == false || (f.ResolutionOnTime == null && f.ResolutionBreached)),
                Overdue = g.Count(f => f.ResolutionOnTime == false || f.ResolutionBreached),
                OpenOverdue = g.Count(f => open.Contains(f.State) && f.ResolutionDueAt < now),
                Rated = g.Count(f => f.Rating != null),
                Satisfied = g.Count(f => f.Rating >= SatisfiedFrom),
            })
            .ToListAsync(ct);

        // Letters are few: the item's key is looked up from them, not the other way round.
        var lettered = db.ApologyLetters.Select(l => l.FeedbackId);
        var apologised = await InPeriod(period)
            .Where(f => (f.ResolutionOnTime == false || f.ResolutionBreached) && lettered.Contains(f.Id))
            .GroupBy(groupBy)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        foreach (var a in apologised)
        {
            if (tallies.Find(t => EqualityComparer<TKey>.Default.Equals(t.Key, a.Key)) is { } tally)
            {
                tally.Apologised = a.Count;
            }
        }

        return tallies;
    }

    private static Tally<int> Sum<TKey>(IEnumerable<Tally<TKey>> tallies) => new()
    {
        Received = tallies.Sum(t => t.Received),
        Processed = tallies.Sum(t => t.Processed),
        Answered = tallies.Sum(t => t.Answered),
        Published = tallies.Sum(t => t.Published),
        FirstOnTime = tallies.Sum(t => t.FirstOnTime),
        FirstLate = tallies.Sum(t => t.FirstLate),
        OnTime = tallies.Sum(t => t.OnTime),
        Late = tallies.Sum(t => t.Late),
        Overdue = tallies.Sum(t => t.Overdue),
        Apologised = tallies.Sum(t => t.Apologised),
        OpenOverdue = tallies.Sum(t => t.OpenOverdue),
        Rated = tallies.Sum(t => t.Rated),
        Satisfied = tallies.Sum(t => t.Satisfied),
    };

    /// <summary>
    /// Received and processed per slice in one query: the group key is the slice's number,
    /// a CASE ladder over the slice boundaries (dates cannot be cut into months portably).
    /// </summary>
    private async Task<List<PeriodCount>> SlicesAsync(ReportPeriod period, CancellationToken ct)
    {
        var slices = period.Slices();
        var f = Expression.Parameter(typeof(FeedbackItem), "f");
        var receivedAt = Expression.Property(f, nameof(FeedbackItem.ReceivedAt));
        Expression key = Expression.Constant(slices.Count - 1);
        for (var i = slices.Count - 2; i >= 0; i--)
        {
            key = Expression.Condition(Expression.LessThan(receivedAt, Expression.Constant(slices[i].To)), Expression.Constant(i), key);
        }

        var counts = await InPeriod(period)
            .GroupBy(Expression.Lambda<Func<FeedbackItem, int>>(key, f))
            .Select(g => new { g.Key, Received = g.Count(), Processed = g.Count(x => Processed.Contains(x.State)) })
            .ToDictionaryAsync(g => g.Key, ct);
        return [.. slices.Select((s, i) => new PeriodCount(s.Label, s.From,
            counts.GetValueOrDefault(i)?.Received ?? 0, counts.GetValueOrDefault(i)?.Processed ?? 0))];
    }

    private sealed class Tally<TKey>
    {
        public TKey Key { get; init; } = default!;
        public int Received { get; init; }
        public int Processed { get; init; }
        public int Answered { get; init; }
        public int Published { get; init; }
        public int FirstOnTime { get; init; }
        public int FirstLate { get; init; }
        public int OnTime { get; init; }
        public int Late { get; init; }
        public int Overdue { get; init; }
        public int Apologised { get; set; }
        public int OpenOverdue { get; init; }
        public int Rated { get; init; }
        public int Satisfied { get; init; }
    }
}
