using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;

namespace Pakn.Core.Notifications;

/// <summary>What staff screens read and do with notifications.</summary>
public static class NotificationQueries
{
    /// <summary>Deliveries given up on, newest first; for one unit's items, or all.</summary>
    public static IQueryable<Notification> Failed(this PaknDbContext db, string? unitCode = null) =>
        db.Notifications.AsNoTracking()
            .Where(n => n.State == NotificationState.Failed
                && (unitCode == null || n.UnitCode == unitCode || db.Feedback.Any(f => f.Id == n.FeedbackId && f.UnitCode == unitCode)))
            .OrderByDescending(n => n.CreatedAt);

    /// <summary>A role's staff inbox in a unit (with what is addressed to the role everywhere).</summary>
    public static IQueryable<Notification> StaffInbox(this PaknDbContext db, string role, string? unitCode) =>
        db.Notifications.AsNoTracking()
            .Where(n => n.RecipientKind == RecipientKind.Staff && n.Role == role && (n.UnitCode == unitCode || n.UnitCode == null))
            .OrderByDescending(n => n.CreatedAt);

    /// <summary>Staff try a failed delivery again (after fixing the address, or once the channel is back).</summary>
    public static Task<int> RetryFailedAsync(this PaknDbContext db, Guid notificationId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Notifications.Where(n => n.Id == notificationId && n.State == NotificationState.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.State, NotificationState.Pending).SetProperty(n => n.Attempts, 0)
                .SetProperty(n => n.NextAttemptAt, now), cancellationToken);
}
