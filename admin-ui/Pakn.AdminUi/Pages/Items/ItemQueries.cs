using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Access;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Notifications;
using Pakn.Core.Publishing;
using Pakn.Core.Templates;

namespace Pakn.AdminUi.Pages.Items;

public sealed class ItemQueries(PaknDbContext db, TimeProvider time)
{
    /// <summary>Null both when the code is unknown and when the person may not read it: no probing.</summary>
    public async Task<ItemView?> GetAsync(StaffScope scope, string trackingCode, CancellationToken cancellationToken = default)
    {
        if (!TrackingCode.TryNormalize(trackingCode, out var code))
        {
            return null;
        }

        var item = await db.Feedback.AsNoTracking().VisibleTo(scope)
            .Include(f => f.Audit)
            .AsSplitQuery()
            .SingleOrDefaultAsync(f => f.TrackingCode == code, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var unit = await db.Units.AsNoTracking().Where(u => u.Code == item.UnitCode)
            .Select(u => new { u.Name, u.AnswerApprovalRequired }).FirstOrDefaultAsync(cancellationToken);
        var fieldName = await db.Fields.Where(f => f.Code == item.FieldCode).Select(f => f.Name).FirstOrDefaultAsync(cancellationToken);
        var areaName = await db.Areas.Where(a => a.Code == item.AreaCode).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        var units = await db.Units.AsNoTracking()
            .Where(u => u.ValidFrom <= now && (u.ValidTo == null || u.ValidTo > now))
            .OrderBy(u => u.Name)
            .Select(u => new UnitOption(u.Code, u.Name))
            .ToListAsync(cancellationToken);
        var fields = await db.Fields.AsNoTracking().OrderBy(f => f.SortOrder)
            .Select(f => new FieldOption(f.Code, f.Name)).ToListAsync(cancellationToken);
        return new ItemView(
            item,
            scope.CanSeeContact(item.UnitCode) ? item.Contact : null,
            unit?.Name,
            fieldName,
            areaName,
            await LinkedAsync(scope, item, cancellationToken),
            units,
            fields,
            await PreviewAsync(item, cancellationToken),
            await DeliveriesAsync(item, scope.CanSeeContact(item.UnitCode), cancellationToken),
            unit?.AnswerApprovalRequired == true && !scope.IsHeadOf(item.UnitCode),
            scope.CanSeeContact(item.UnitCode) ? await TemplatesAsync(item, unit?.Name, fieldName, areaName, now, cancellationToken) : [],
            // The chat holds the citizen's name and phone: only for those who may see the contact.
            scope.CanSeeContact(item.UnitCode) ? await Transcript.ForAsync(db, item, cancellationToken) : null);
    }

    /// <summary>This field's templates first, then those for every field; filled for this item.</summary>
    private async Task<IReadOnlyList<TemplateOption>> TemplatesAsync(
        FeedbackItem item, string? unitName, string? fieldName, string? areaName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var templates = await db.Set<ResponseTemplate>().AsNoTracking()
            .Where(t => t.Active && (t.FieldCode == null || t.FieldCode == item.FieldCode))
            .ToListAsync(cancellationToken);
        return [.. templates
            .OrderBy(t => t.FieldCode is null).ThenBy(t => t.Title, StringComparer.Ordinal)
            .Select(t => new TemplateOption(t.Kind, t.Title,
                TemplateText.Fill(t.Body, item.TrackingCode, unitName, fieldName, areaName, item.ResolutionDueAt, now), t.FieldCode is not null))];
    }

    /// <summary>The citizen's messages about the item, so a failed delivery is seen by whoever handles it.</summary>
    private async Task<IReadOnlyList<DeliveryRow>> DeliveriesAsync(FeedbackItem item, bool showErrors, CancellationToken cancellationToken)
    {
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.FeedbackId == item.Id && n.RecipientKind == RecipientKind.Citizen)
            .Select(n => new { n.Subject, n.Channel, n.State, n.Attempts, n.CreatedAt, n.DeliveredAt, n.LastError })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(n => n.CreatedAt)
            .Select(n => new DeliveryRow(n.Subject, n.Channel, n.State, n.Attempts, n.CreatedAt, n.DeliveredAt, showErrors ? n.LastError : null))
            .ToList();
    }

    private async Task<PublicPreview?> PreviewAsync(FeedbackItem item, CancellationToken cancellationToken)
    {
        var published = await db.PublishedAnswers.AsNoTracking().SingleOrDefaultAsync(p => p.FeedbackId == item.Id, cancellationToken);
        if (published is not null)
        {
            return new PublicPreview(published.Question, published.Answer, true, published.Hidden, published.HiddenReason);
        }

        return item.State == FeedbackState.Answered && !item.NeverPublished
            ? new PublicPreview(PublicText.Strip(item.Content, item.Contact), PublicText.Strip(item.Answer, item.Contact), false, false, null)
            : null;
    }

    private async Task<List<LinkedItem>> LinkedAsync(StaffScope scope, FeedbackItem item, CancellationToken cancellationToken)
    {
        var relatedIds = new[] { item.PossibleDuplicateOfId, item.MergedIntoId }.OfType<Guid>().ToList();
        var related = await db.Feedback.AsNoTracking()
            .Where(f => relatedIds.Contains(f.Id) || f.PossibleDuplicateOfId == item.Id || f.MergedIntoId == item.Id)
            .Select(f => new { f.Id, f.TrackingCode, f.State, f.UnitCode, f.PossibleDuplicateOfId, f.MergedIntoId })
            .Take(50)
            .ToListAsync(cancellationToken);
        return [.. related.Select(r => new LinkedItem(
            r.TrackingCode,
            r.State,
            r.Id == item.MergedIntoId ? "Đã gộp vào phản ánh này"
                : r.Id == item.PossibleDuplicateOfId ? "Có thể trùng với phản ánh này"
                : r.MergedIntoId == item.Id ? "Đã được gộp vào phản ánh hiện tại"
                : "Có thể là bản trùng của phản ánh hiện tại",
            scope.CanRead(r.UnitCode)))];
    }
}
