using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;
using Pakn.Core.Text;

namespace Pakn.AdminUi.Portal;

public sealed record PortalFilter(string? Search, string? FieldCode, string? AreaCode, DateTimeOffset? From, DateTimeOffset? To, int Page);

/// <summary>What the public sees of one answered item: never contact data, never the raw filing.</summary>
public sealed record PortalEntry(
    string TrackingCode,
    string? Title,
    string Question,
    string Answer,
    string? UnitName,
    string? FieldName,
    string? AreaName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset PublishedAt,
    int? Rating = null,
    bool? ResolvedByCitizen = null);

public sealed class PortalQueries(PaknDbContext db)
{
    public const int PageSize = 20;

    public async Task<(IReadOnlyList<PortalEntry> Entries, int Total)> ListAsync(PortalFilter filter, CancellationToken cancellationToken)
    {
        var answers = Visible();
        foreach (var word in VietnameseText.Fold(filter.Search).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8))
        {
            answers = answers.Where(p => p.SearchText.Contains(word));
        }

        if (!string.IsNullOrEmpty(filter.FieldCode))
        {
            answers = answers.Where(p => p.FieldCode == filter.FieldCode);
        }

        if (!string.IsNullOrEmpty(filter.AreaCode))
        {
            answers = answers.Where(p => p.AreaCode == filter.AreaCode);
        }

        if (filter.From is { } from)
        {
            answers = answers.Where(p => p.ReceivedAt >= from);
        }

        if (filter.To is { } to)
        {
            answers = answers.Where(p => p.ReceivedAt < to);
        }

        var total = await answers.CountAsync(cancellationToken);
        var entries = await Project(answers).Skip(Math.Max(0, filter.Page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return (entries, total);
    }

    public Task<PortalEntry?> FindAsync(string trackingCode, CancellationToken cancellationToken) =>
        Project(Visible().Where(p => p.TrackingCode == trackingCode)).SingleOrDefaultAsync(cancellationToken);

    public async Task<(IReadOnlyList<(string Code, string Name)> Fields, IReadOnlyList<(string Code, string Name)> Areas)> ChoicesAsync(CancellationToken cancellationToken)
    {
        var fields = await db.Fields.AsNoTracking().OrderBy(f => f.SortOrder).Select(f => new { f.Code, f.Name }).ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Code, a.Name }).ToListAsync(cancellationToken);
        return ([.. fields.Select(f => (f.Code, f.Name))], [.. areas.Select(a => (a.Code, a.Name))]);
    }

    /// <summary>Hidden copies and anything confidential never leave this method, whatever the filter.</summary>
    private IQueryable<Core.Publishing.PublishedAnswer> Visible() =>
        from p in db.PublishedAnswers.AsNoTracking()
        join f in db.Feedback on p.FeedbackId equals f.Id
        where !p.Hidden && !f.Confidential
        select p;

    private IQueryable<PortalEntry> Project(IQueryable<Core.Publishing.PublishedAnswer> answers) =>
        from p in answers
        join item in db.Feedback on p.FeedbackId equals item.Id
        join unit in db.Units on p.UnitCode equals unit.Code into units
        from unit in units.DefaultIfEmpty()
        join field in db.Fields on p.FieldCode equals field.Code into fields
        from field in fields.DefaultIfEmpty()
        join area in db.Areas on p.AreaCode equals area.Code into areas
        from area in areas.DefaultIfEmpty()
        orderby p.PublishedAt descending, p.TrackingCode
        select new PortalEntry(p.TrackingCode, p.Title, p.Question, p.Answer,
            unit == null ? null : unit.Name, field == null ? null : field.Name, area == null ? null : area.Name,
            p.ReceivedAt, p.AnsweredAt, p.PublishedAt, item.Rating, item.ResolvedByCitizen);
}
