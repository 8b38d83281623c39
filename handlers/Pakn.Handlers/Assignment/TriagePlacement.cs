using Microsoft.EntityFrameworkCore;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Outbox;
using Pakn.Core.Sla;
using Pakn.Core.Triage;

namespace Pakn.Handlers.Assignment;

/// <summary>
/// A coordinator places an item routing could not: the item is assigned as routing would have
/// assigned it (same clocks, same event), and the decision is kept as a labelled example for
/// the classifier, all in one SaveChanges. Bad input changes nothing and says why.
/// </summary>
public sealed class TriagePlacement(PaknDbContext db, SlaPolicies policies, TimeProvider time)
{
    public async Task<TriagePlacementResult> PlaceAsync(Guid feedbackId, string fieldCode, string unitCode, string coordinator, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(coordinator))
        {
            return TriagePlacementResult.Refused("Thiếu tên cán bộ phân loại.");
        }

        var now = time.GetUtcNow();
        var item = await db.Feedback.SingleOrDefaultAsync(f => f.Id == feedbackId, ct);
        if (item is null)
        {
            return TriagePlacementResult.Refused("Không tìm thấy phản ánh này.");
        }

        if (item.State != FeedbackState.NeedsTriage)
        {
            return TriagePlacementResult.Refused("Phản ánh này không còn chờ phân loại (có thể đã được người khác xử lý).");
        }

        if (!await db.Fields.AnyAsync(f => f.Code == fieldCode, ct))
        {
            return TriagePlacementResult.Refused("Lĩnh vực đã chọn không có trong danh mục.");
        }

        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == unitCode, ct);
        if (unit is null || !unit.IsActiveAt(now))
        {
            return TriagePlacementResult.Refused("Đơn vị đã chọn không có hoặc không còn hoạt động.");
        }

        // Same clocks as automatic routing: the item keeps the policy it started with.
        var terms = item.SlaPolicyId is null
            ? await policies.NewTermsAsync(fieldCode, item.Severity, item.ReceivedAt, ct)
            : await policies.TermsForAsync(item, ct);
        item.Assign(unitCode, fieldCode, item.Severity, terms, coordinator, now, "Cán bộ tiếp nhận phân loại và chuyển đơn vị");
        db.Enqueue(new FeedbackAssigned(item.Id, item.TrackingCode, unitCode, fieldCode, now, item.FirstResponseDueAt!.Value, item.ResolutionDueAt!.Value), now);
        // A tố cáo kept confidential is not PAKN wording the model should learn a field from.
        if (!item.Confidential)
        {
            db.Set<LabelledExample>().Add(LabelledExample.From(item.Id, item.Title, item.Content, fieldCode, coordinator, now));
        }

        await db.SaveChangesAsync(ct);
        return TriagePlacementResult.Placed;
    }
}

/// <summary>Placed, or refused with a message for the coordinator.</summary>
public sealed record TriagePlacementResult(bool Succeeded, string? Error)
{
    public static readonly TriagePlacementResult Placed = new(true, null);

    public static TriagePlacementResult Refused(string error) => new(false, error);
}
