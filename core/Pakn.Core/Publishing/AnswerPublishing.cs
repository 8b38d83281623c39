using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Text;

namespace Pakn.Core.Publishing;

public static class AnswerPublishing
{
    /// <summary>
    /// Publishes an answered item: the transition and its public copy, with personal data
    /// stripped from whatever text the moderator approved (or, by default, the filed question
    /// and the answer). Saved together by the caller's SaveChanges.
    /// </summary>
    public static PublishedAnswer PublishAnswer(
        this PaknDbContext db,
        FeedbackItem item,
        string actor,
        DateTimeOffset at,
        string? question = null,
        string? answer = null,
        string? searchableNames = null)
    {
        if (item.Confidential)
        {
            throw new InvalidTransitionException("Phản ánh được bảo mật (có dấu hiệu tố cáo) không bao giờ được công khai.");
        }

        if (item.KeepPrivate)
        {
            throw new InvalidTransitionException("Phản ánh đã được đánh dấu không công khai.");
        }

        item.Publish(actor, at);
        var copy = new PublishedAnswer
        {
            FeedbackId = item.Id,
            TrackingCode = item.TrackingCode,
            Title = item.Title is null ? null : PublicText.Strip(item.Title, item.Contact),
            Question = PublicText.Strip(question ?? item.Content, item.Contact),
            Answer = PublicText.Strip(answer ?? item.Answer, item.Contact),
            FieldCode = item.FieldCode,
            AreaCode = item.AreaCode,
            UnitCode = item.UnitCode,
            ReceivedAt = item.ReceivedAt,
            AnsweredAt = item.AnsweredAt,
            PublishedAt = at,
            PublishedBy = actor,
        };
        copy.SearchText = VietnameseText.Fold($"{copy.TrackingCode} {copy.Title} {copy.Question} {copy.Answer} {searchableNames}");
        db.PublishedAnswers.Add(copy);
        return copy;
    }

    /// <summary>Unit, field and area names, so the portal's search finds an answer by them.</summary>
    public static async Task<string> SearchableNamesAsync(this PaknDbContext db, FeedbackItem item, CancellationToken cancellationToken) =>
        string.Join(' ', await db.Units.Where(u => u.Code == item.UnitCode).Select(u => u.Name)
            .Concat(db.Fields.Where(f => f.Code == item.FieldCode).Select(f => f.Name))
            .Concat(db.Areas.Where(a => a.Code == item.AreaCode).Select(a => a.Name)).ToListAsync(cancellationToken));
}
