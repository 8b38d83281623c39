using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;
using Pakn.Core.Feedback;

namespace Pakn.AdminUi.Pages.Dashboard;

/// <summary>
/// The leaders' figures for items received in a period, counted in the database from the
/// frozen on-time flags, so a past period reads the same every time it is opened.
/// </summary>
public sealed class DashboardQueries(PaknDbContext db, TimeProvider time)
{
    private static readonly FeedbackState[] Processed =
        [FeedbackState.Answered, FeedbackState.Published, FeedbackState.Closed, FeedbackState.Rejected, FeedbackState.Merged];

    public async Task<DashboardFigures> ComputeAsync(ReportPeriod period, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var items = db.Feedback.AsNoTracking().Where(f => f.ReceivedAt >= period.From && f.ReceivedAt < period.To);
        var received = await items.CountAsync(ct);
        var processed = await items.CountAsync(f => Processed.Contains(f.State), ct);
        var answeredPublic = items.Where(f => f.AnsweredAt != null && !f.Confidential && f.State != FeedbackState.Merged && f.State != FeedbackState.Rejected);
        var answered = await answeredPublic.CountAsync(ct);
        var published = await answeredPublic.CountAsync(f => f.PublishedAt != null, ct);
        var firstFrozen = await items.CountAsync(f => f.FirstResponseOnTime != null, ct);
        var firstOnTime = await items.CountAsync(f => f.FirstResponseOnTime == true, ct);
        var resolutionFrozen = await items.CountAsync(f => f.ResolutionOnTime != null, ct);
        var resolutionOnTime = await items.CountAsync(f => f.ResolutionOnTime == true, ct);
        var late = items.Where(f => f.ResolutionOnTime == false || f.ResolutionBreached);
        var lateCount = await late.CountAsync(ct);
        var apologised = await late.CountAsync(f => db.ApologyLetters.Any(l => l.FeedbackId == f.Id), ct);

        var targets = new List<TargetFigure>
        {
            new("PAKN được xử lý", processed, received, 100),
            new("PAKN đã xử lý được công khai", published, answered, 100),
            new("Phản hồi trong 24 giờ", firstOnTime, firstFrozen, 100),
            new("Giải quyết đúng hạn", resolutionOnTime, resolutionFrozen, 90),
            new("Trễ hẹn có thư xin lỗi", apologised, lateCount, 100),
        };

        var unitNames = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        var open = FeedbackStateNames.OpenStates.ToList();
        var byUnit = await items.Where(f => f.UnitCode != null)
            .GroupBy(f => f.UnitCode!)
            .Select(g => new
            {
                Unit = g.Key,
                Received = g.Count(),
                Processed = g.Count(f => Processed.Contains(f.State)),
                OnTime = g.Count(f => f.ResolutionOnTime == true),
                Late = g.Count(f => f.ResolutionOnTime == false),
                OpenOverdue = g.Count(f => open.Contains(f.State) && f.ResolutionDueAt < now),
            })
            .ToListAsync(ct);
        var units = byUnit
            .Select(u => new UnitFigures(u.Unit, unitNames.GetValueOrDefault(u.Unit, u.Unit), u.Received, u.Processed, u.OnTime, u.Late, u.OpenOverdue))
            .OrderByDescending(u => u.OnTimePercent ?? -1).ThenByDescending(u => u.Processed).ThenBy(u => u.UnitName, StringComparer.Ordinal)
            .ToList();

        var fieldNames = await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Code, f => f.Name, ct);
        var byField = (await items.GroupBy(f => f.FieldCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .Select(g => (g.Key is null ? "Chưa phân loại" : fieldNames.GetValueOrDefault(g.Key, g.Key), g.Count))
            .OrderByDescending(g => g.Count).ToList();
        var byChannel = (await items.GroupBy(f => f.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .Select(g => (ChannelNames.Label(g.Key), g.Count)).OrderByDescending(g => g.Count).ToList();

        var overdue = (await items.Where(f => open.Contains(f.State) && f.ResolutionDueAt < now)
                .OrderBy(f => f.UnitCode).ThenBy(f => f.ResolutionDueAt)
                .Take(200)
                .Select(f => new { f.TrackingCode, f.UnitCode, f.Title, f.Content, f.ResolutionDueAt })
                .ToListAsync(ct))
            .Select(f => new OverdueItem(f.TrackingCode, f.UnitCode is null ? null : unitNames.GetValueOrDefault(f.UnitCode, f.UnitCode),
                f.Title ?? (f.Content.Length > 120 ? string.Concat(f.Content.AsSpan(0, 120), "…") : f.Content), f.ResolutionDueAt))
            .ToList();

        return new DashboardFigures(period, received, targets, units, byField, byChannel, overdue);
    }
}
