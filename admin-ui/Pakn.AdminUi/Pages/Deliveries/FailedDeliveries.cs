using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Access;
using Pakn.AdminUi.Pages.Items;
using Pakn.Core.Data;
using Pakn.Core.Notifications;

namespace Pakn.AdminUi.Pages.Deliveries;

/// <summary>One delivery given up on, as staff see it: the address masked, the reason kept.</summary>
public sealed record FailedDelivery(
    Guid Id, DateTimeOffset CreatedAt, string? TrackingCode, string Kind, RecipientKind Recipient, string Channel,
    string Address, string Subject, int Attempts, string? Reason);

/// <summary>
/// Failed deliveries for the person's units (their items' messages and their unit's alerts);
/// coordinators, administrators and leaders read every unit's. Trying again is for those who
/// handle the unit's items, coordinators and administrators; a leader only reads.
/// </summary>
public sealed class FailedDeliveries(StaffAccess access, PaknDbContext db, TimeProvider time)
{
    public const int Limit = 500;

    public async Task<IReadOnlyList<FailedDelivery>> ListAsync(StaffScope scope, CancellationToken ct = default)
    {
        var lists = new List<Notification>();
        if (scope.SeesAllUnits)
        {
            lists.AddRange(await db.Failed().Take(Limit).ToListAsync(ct));
        }
        else if (scope.IsUnitStaff)
        {
            foreach (var unit in scope.Units)
            {
                lists.AddRange(await db.Failed(unit).Take(Limit).ToListAsync(ct));
            }
        }

        return [.. lists.DistinctBy(n => n.Id).OrderByDescending(n => n.CreatedAt).Take(Limit)
            .Select(n => new FailedDelivery(n.Id, n.CreatedAt, n.TrackingCode, n.Kind, n.RecipientKind, n.Channel, Mask(n.Address), n.Subject, n.Attempts, n.LastError))];
    }

    /// <summary>Back to pending with its attempts reset; the dispatcher picks it up at once.</summary>
    public async Task<ActionOutcome> RetryAsync(StaffScope scope, Guid id, CancellationToken ct = default)
    {
        scope = await access.CurrentAsync(scope, ct);
        var found = await db.Notifications.AsNoTracking()
            .Where(n => n.Id == id && n.State == NotificationState.Failed)
            .Select(n => new { n.UnitCode, ItemUnit = db.Feedback.Where(f => f.Id == n.FeedbackId).Select(f => f.UnitCode).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        var mine = found is not null && scope.IsUnitStaff
            && ((found.UnitCode is not null && scope.Units.Contains(found.UnitCode)) || (found.ItemUnit is not null && scope.Units.Contains(found.ItemUnit)));
        if (found is null || !(mine || scope.SeesAllUnits))
        {
            return NotFound;
        }

        if (!mine && !scope.IsCoordinator && !scope.Roles.Contains(Pakn.Core.Identity.StaffRoles.Administrator))
        {
            return ActionOutcome.Refused("Bạn chỉ được xem, không được gửi lại tin nhắn.");
        }

        return await db.RetryFailedAsync(id, time.GetUtcNow(), ct) == 1
            ? ActionOutcome.Done("Đã đưa tin nhắn vào hàng đợi gửi lại.")
            : NotFound;
    }

    /// <summary>The same answer for "no such message" and "not your unit's": an id cannot probe other units.</summary>
    public static readonly ActionOutcome NotFound =
        ActionOutcome.Refused("Không tìm thấy tin nhắn gửi không thành công, hoặc tin nhắn không thuộc đơn vị của bạn.");

    /// <summary>Enough to recognise the address, not enough to copy it (phones, e-mails are personal data).</summary>
    public static string Mask(string address) =>
        address.Length <= 4 ? "•••" : string.Concat("•••", address.AsSpan(address.Length - 3));

    public static string ChannelLabel(string channel) => channel switch
    {
        NotificationChannels.Zalo => "Zalo OA",
        NotificationChannels.Email => "Thư điện tử",
        NotificationChannels.DirectLine => "Trò chuyện trên cổng",
        NotificationChannels.StaffInbox => "Hộp thư cán bộ",
        _ => channel,
    };
}
