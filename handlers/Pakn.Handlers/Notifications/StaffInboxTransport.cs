using Pakn.Core.Notifications;

namespace Pakn.Handlers.Notifications;

/// <summary>The staff inbox in the admin UI reads notification rows: storing one delivers it.</summary>
public sealed class StaffInboxTransport : INotificationTransport
{
    public string Channel => NotificationChannels.StaffInbox;

    public Task<DeliveryResult> DeliverAsync(NotificationEnvelope notification, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryResult.Delivered);
}
