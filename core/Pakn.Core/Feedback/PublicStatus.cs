using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;

namespace Pakn.Core.Feedback;

/// <summary>
/// What anyone holding the tracking code may see. Built by projection, so contact data and the
/// filed text never leave the database on this path.
/// </summary>
public sealed record PublicStatus(
    string TrackingCode,
    FeedbackState State,
    Channel Channel,
    string? FieldCode,
    string? FieldName,
    string? UnitCode,
    string? UnitName,
    string? AreaName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? FirstResponseDueAt,
    DateTimeOffset? ResolutionDueAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ClosedAt,
    string? Answer,
    string? RejectionReason)
{
    public string StateCode => FeedbackStateNames.Code(State);
    public string StateLabel => FeedbackStateNames.Label(State);

    public DateTimeOffset UpdatedAt =>
        new[] { ReceivedAt, AnsweredAt, PublishedAt, ClosedAt }.Max(t => t ?? ReceivedAt);
}

public static class PublicStatusQuery
{
    /// <summary>Filter and order the items first: EF cannot filter on the projected record.</summary>
    public static IQueryable<PublicStatus> SelectPublicStatus(this IQueryable<FeedbackItem> items, PaknDbContext db) =>
        from f in items.AsNoTracking()
        join field in db.Fields on f.FieldCode equals field.Code into fields
        from field in fields.DefaultIfEmpty()
        join unit in db.Units on f.UnitCode equals unit.Code into units
        from unit in units.DefaultIfEmpty()
        join area in db.Areas on f.AreaCode equals area.Code into areas
        from area in areas.DefaultIfEmpty()
        join published in db.PublishedAnswers on f.Id equals published.FeedbackId into publishedAnswers
        from published in publishedAnswers.DefaultIfEmpty()
        select new PublicStatus(
            f.TrackingCode,
            f.State,
            f.Channel,
            f.FieldCode,
            field == null ? null : field.Name,
            f.UnitCode,
            unit == null ? null : unit.Name,
            area == null ? null : area.Name,
            f.ReceivedAt,
            f.FirstResponseDueAt,
            f.ResolutionDueAt,
            f.AnsweredAt,
            f.PublishedAt,
            f.ClosedAt,
            // Only the published copy, with personal data removed, and not once a moderator hid it.
            published == null || published.Hidden ? null : published.Answer,
            f.State == FeedbackState.Rejected ? f.StateReason : null);

    public static Task<PublicStatus?> FindPublicStatusAsync(this PaknDbContext db, string trackingCode, CancellationToken cancellationToken) =>
        db.Feedback.Where(f => f.TrackingCode == trackingCode).SelectPublicStatus(db).SingleOrDefaultAsync(cancellationToken);
}
